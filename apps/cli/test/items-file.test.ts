import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/csv.js';
import { CliError } from '../src/exit-codes.js';
import { itemLines, itemsFromCsv, itemsFromJson } from '../src/items-file.js';

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
    const { items } = itemsFromCsv(
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

  it('refuses a cell starting with { that is not JSON, rather than sending it as text', () => {
    expect(usage(() => itemsFromCsv('ref,sh1a.meta\nr1,35\nr2,{bad\n'))).toMatch(/^CSV row 3, column "sh1a\.meta": looks like JSON but is not valid/);
    // Brackets in prose stay text.
    expect(itemsFromCsv('sc1.name\n[beat] Harbour\n').items).toEqual([{ overrides: { sc1: { name: '[beat] Harbour' } } }]);
  });

  it('reads an overrides column of whole JSON objects, checked cell by cell before anything is sent', () => {
    const { items } = itemsFromCsv('ref,overrides,sh1a.lensMm\nwide,"{""sh1a"": {""shotNumber"": ""1A""}, ""mara"": {""name"": ""Ines""}}",24\nplain,,50\n');
    expect(items).toEqual([
      { ref: 'wide', overrides: { sh1a: { shotNumber: '1A', lensMm: 24 }, mara: { name: 'Ines' } } },
      { ref: 'plain', overrides: { sh1a: { lensMm: 50 } } },
    ]);
    expect(usage(() => itemsFromCsv('ref,overrides\nr1,{}\nr2,{bad\n'))).toMatch(/^CSV row 3, column "overrides": expected a JSON object .*not valid JSON/);
    expect(usage(() => itemsFromCsv('ref,overrides\nr1,[1]\n'))).toMatch(/^CSV row 2, column "overrides": expected a JSON object/);
    expect(usage(() => itemsFromCsv('ref,overrides\nr1,"{""sh1a"": 5}"\n'))).toMatch(/^CSV row 2, column "overrides" \(sh1a\): expected \{ "<field>": value/);
    expect(usage(() => itemsFromCsv('overrides,sh1a.lensMm\n"{""sh1a"": {""lensMm"": 35}}",50\n'))).toMatch(/row 2: sh1a\.lensMm is set by both column "overrides" and column "sh1a\.lensMm"/);
  });

  it('maps a server path back to the row and column that set it, counting rows as a spreadsheet and lines as an editor', () => {
    const file = itemsFromCsv('ref,sh1a.lensMm,overrides\r\nwide,24,\r\n\r\n"two\r\nlines",85,"{""mara"": {""name"": ""Ines""}}"\r\n');
    expect(file.items.map((item) => item.ref)).toEqual(['wide', 'two\r\nlines']);
    expect(file.locate(0, 'overrides.sh1a.lensMm')).toBe('CSV row 2, column "sh1a.lensMm"');
    expect(file.locate(1, 'overrides.sh1a.lensMm')).toBe('CSV row 4, column "sh1a.lensMm"');
    expect(file.locate(1, 'overrides.mara.name')).toBe('CSV row 4, column "overrides" (mara.name)');
    expect(file.locate(1, 'overrides.mara')).toBe('CSV row 4, column "overrides" (mara)');
    expect(file.locate(0, 'ref')).toBe('CSV row 2, column "ref"');
    const later = itemsFromCsv('ref,sh1a.lensMm,sh1a.shotNumber\n"a\nb",1,2\nc,3,4\n');
    expect(later.locate(1, 'overrides.sh1a.lensMm')).toBe('CSV row 3 (line 4), column "sh1a.lensMm"');
    expect(later.locate(1, 'overrides.sh1a')).toBe('CSV row 3 (line 4), columns "sh1a.lensMm", "sh1a.shotNumber"');
  });
});

describe('itemsFromJson', () => {
  it('finds the line each item starts on, in a list or under "items", past strings with brackets and quotes', () => {
    const list = '[\n  { "ref": "a]\\"{", "overrides": { "sh1a": { "lensMm": [1, 2] } } },\n\n  {\n    "overrides": {}\n  }\n]\n';
    expect(itemLines(list)).toEqual([2, 4]);
    const wrapped = JSON.stringify({ name: 'x', meta: { items: [9] }, items: [{ overrides: {} }, { overrides: {} }, { overrides: {} }] }, null, 2);
    expect(itemLines(wrapped)).toEqual([9, 12, 15]);
    expect(itemsFromJson(wrapped).locate(1, 'overrides.sh1a.lensMm')).toBe('item 2 (index 1, line 12), overrides.sh1a.lensMm');
  });

  it('accepts an array of items or an object with items', () => {
    const items = [{ ref: 'r1', overrides: { sh1a: { lensMm: 35 } } }];
    expect(itemsFromJson(JSON.stringify(items)).items).toEqual(items);
    expect(itemsFromJson(JSON.stringify({ items })).items).toEqual(items);
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
    expect(error?.details).toEqual(['item 2 (index 1, line 1), overrides.sh1a: expected { "<field>": value, … } for the node']);
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
    expect(detailsOf('[{"ref": "a"}]')).toEqual(['item 1 (index 0, line 1), overrides: missing: every item needs "overrides": { "<nodeId>": { "<field>": value } }']);
    expect(detailsOf('{"nope": 1}')).toEqual(['the file: expected a list of items, or { "items": [ … ] }']);
  });
});
