import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/csv.js';
import { CliError } from '../src/exit-codes.js';
import { itemsFromCsv, itemsFromJson } from '../src/items-file.js';

const usage = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    return (error as CliError).message;
  }
  throw new Error('expected a usage error');
};

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF, with or without a BOM', () => {
    const text = '\uFEFFref,sc1.name\r\nrow-1,"Harbour, at dawn"\r\nrow-2,"She said ""go""\nand left"\nrow-3,plain';
    expect(parseCsv(text)).toEqual([
      ['ref', 'sc1.name'],
      ['row-1', 'Harbour, at dawn'],
      ['row-2', 'She said "go"\nand left'],
      ['row-3', 'plain'],
    ]);
  });

  it('keeps empty fields, skips blank lines and tolerates a final line break', () => {
    expect(parseCsv('a,b,c\n,,\n\nx,"",z\n')).toEqual([
      ['a', 'b', 'c'],
      ['', '', ''],
      ['x', '', 'z'],
    ]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseCsv('a,b\n1,{"x":1}')).toEqual([
      ['a', 'b'],
      ['1', '{"x":1}'],
    ]);
  });

  it('names the row of an unclosed quote or text after a closing one', () => {
    expect(usage(() => parseCsv('a,b\n1,"open\n2,3'))).toMatch(/row 2.*never closed/);
    expect(usage(() => parseCsv('a,b\n1,"x"y'))).toMatch(/row 2, field 2: text after a closing quote/);
  });
});

describe('itemsFromCsv', () => {
  it('turns nodeId.field columns into overrides, parsing JSON-looking cells and keeping the rest as text', () => {
    const items = itemsFromCsv(
      'ref,sh1a.lensMm,sh1a.shotNumber,sc1.name,mara.traits,sh1a.handheld,sh1a.code\n' +
        'a,35,"""12""",Harbour at dawn,"[""tall"",""calm""]",true,007\n' +
        ',50,1B,,,false,\n',
    );
    expect(items).toEqual([
      { ref: 'a', overrides: { sh1a: { lensMm: 35, shotNumber: '12', handheld: true, code: '007' }, sc1: { name: 'Harbour at dawn' }, mara: { traits: ['tall', 'calm'] } } },
      { overrides: { sh1a: { lensMm: 50, shotNumber: '1B', handheld: false } } },
    ]);
  });

  it('names the row and column of a bad cell, and the column of a bad header', () => {
    expect(usage(() => itemsFromCsv('ref,sh1a.meta\nr1,{}\nr2,{"broken":}\n'))).toMatch(/row 3, column "sh1a\.meta"/);
    expect(usage(() => itemsFromCsv('ref,lensMm\nr1,35\n'))).toMatch(/column 2 \("lensMm"\)/);
    expect(usage(() => itemsFromCsv('ref,sh1a.lensMm,sh1a.lensMm\nr1,35,50\n'))).toMatch(/appears twice/);
    expect(usage(() => itemsFromCsv('ref,sh1a.lensMm\nr1,35,extra\n'))).toMatch(/row 2 has 3 fields; the header has 2/);
    expect(usage(() => itemsFromCsv('ref,sh1a.lensMm\n'))).toMatch(/no rows/);
  });
});

describe('itemsFromJson', () => {
  it('accepts an array of items or an object with items', () => {
    const items = [{ ref: 'r1', overrides: { sh1a: { lensMm: 35 } } }];
    expect(itemsFromJson(JSON.stringify(items))).toEqual(items);
    expect(itemsFromJson(JSON.stringify({ items }))).toEqual(items);
  });

  it('points at the item and field that is wrong', () => {
    const message = usage(() => itemsFromJson(JSON.stringify([{ overrides: {} }, { overrides: { 'bad id!': {} } }])));
    expect(message).toMatch(/does not hold batch items/);
    const error = (() => {
      try {
        itemsFromJson(JSON.stringify([{ overrides: {} }, { overrides: { sh1a: 5 } }]));
      } catch (caught) {
        return caught as CliError;
      }
    })();
    expect(error?.details).toEqual(['item 2 (index 1), overrides.sh1a: expected { "<field>": value, … } for the node']);
    expect(usage(() => itemsFromJson('[]'))).toMatch(/does not hold/);
    expect(usage(() => itemsFromJson('{nope'))).toMatch(/not valid JSON/);
  });

  it('says what is missing in words, not zod\'s ("expected record, received undefined")', () => {
    const detailsOf = (text: string) => {
      try {
        itemsFromJson(text);
      } catch (caught) {
        return (caught as CliError).details;
      }
      throw new Error('expected a usage error');
    };
    expect(detailsOf('[{"ref": "a"}]')).toEqual(['item 1 (index 0), overrides: missing: every item needs "overrides": { "<nodeId>": { "<field>": value } }']);
    expect(detailsOf('{"nope": 1}')).toEqual(['the file: expected a list of items, or { "items": [ … ] }']);
  });
});
