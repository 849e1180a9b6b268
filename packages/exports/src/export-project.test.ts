import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportProject } from './export-project.js';
import { projectExportFormats } from './formats.js';
import { fixtureProject } from './testing/project.js';

// UPDATE_GOLDEN=1 pnpm --filter @pc/exports exec vitest run rewrites the files; review the diff.
const update = process.env['UPDATE_GOLDEN'] === '1';
const goldenRoot = fileURLToPath(new URL('./__golden__/', import.meta.url));

const compareWithGolden = (file: string, bytes: Uint8Array) => {
  const path = `${goldenRoot}${file}`;
  if (update || !existsSync(path)) {
    if (!update) throw new Error(`Missing golden file ${file}: run with UPDATE_GOLDEN=1`);
    mkdirSync(goldenRoot, { recursive: true });
    writeFileSync(path, bytes);
    return;
  }
  const expected = readFileSync(path);
  if (!Buffer.from(bytes).equals(expected)) {
    if (!/\.(zip|pdf)$/.test(file)) expect(Buffer.from(bytes).toString('utf8')).toBe(expected.toString('utf8'));
    expect.fail(`${file} differs from its golden file`);
  }
};

describe('exports of the fixture project', () => {
  it.each(projectExportFormats)('%s matches its golden file and is byte-identical on a second export', async (format) => {
    const first = await exportProject(await fixtureProject(), format);
    const second = await exportProject(await fixtureProject(), format);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    expect(first.fileName).toMatch(/^the-plate\./);
    compareWithGolden(first.fileName, first.bytes);
  });

  it('lists shots by scene then shot number (12, 12A, 12B), not wiring order', async () => {
    const csv = new TextDecoder().decode((await exportProject(await fixtureProject(), 'csv_shot_list')).bytes);
    const shots = csv.split('\r\n').slice(1, -1).map((line) => line.split(',').slice(0, 2).join('/'));
    expect(shots).toEqual(['12/12', '12/12A', '12/12B', '12A/1']);
  });

  it('writes CSV as UTF-8 with a BOM, CRLF line ends and RFC 4180 quoting', async () => {
    const { bytes, mediaType } = await exportProject(await fixtureProject(), 'csv_shot_list');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\r/);
    expect(text).toContain('"Master: the kitchen, Anna at the table, Ben at the door."');
    expect(text).toContain('"Ben in the doorway, arms folded: ""Eat."""');
    expect(mediaType).toBe('text/csv; charset=utf-8');
  });

  it('lists a scene’s montage with its beats in the breakdown CSV and under its heading in the shot list PDF', async () => {
    const line = 'SERIES OF SHOTS - THE CLIMB (2 beats): Anna on the first landing, coat over her head. / Rain runs off the rusted rail.';
    const csv = new TextDecoder().decode((await exportProject(await fixtureProject(), 'csv_breakdown')).bytes);
    expect(csv.split('\r\n')[0]?.endsWith(',Montages')).toBe(true);
    expect(csv).toContain(`,"${line}"\r\n`);
    const pdf = new TextDecoder('latin1').decode((await exportProject(await fixtureProject(), 'pdf_shot_list')).bytes);
    expect(pdf).toContain('(SERIES OF SHOTS - THE CLIMB \\(2 beats\\): Anna on the first landing');
  });

  it('uses a run output when present over the computed one', async () => {
    const computed = await fixtureProject();
    const list = computed.outputs['list'];
    if (!list) throw new Error('no list');
    const report = structuredClone(list.values['report']) as { rows: { description: string }[] };
    for (const row of report.rows) row.description = `From the run: ${row.description}`;
    const project = await fixtureProject({ list: { source: 'run', values: { report }, files: {} } });
    const csv = new TextDecoder().decode((await exportProject(project, 'csv_shot_list')).bytes);
    expect(csv).toContain('"From the run: Ben in the doorway');
  });

  it('writes the frames zip with one SVG per shot under stable clip names', async () => {
    const { bytes } = await exportProject(await fixtureProject(), 'frames_zip');
    const names = [...new TextDecoder('latin1').decode(bytes).matchAll(/frames\/[A-Z0-9_]+\.svg/g)].map((match) => match[0]);
    expect([...new Set(names)]).toEqual(['frames/SC012_SH012.svg', 'frames/SC012_SH012A.svg', 'frames/SC012_SH012B.svg', 'frames/SC012A_SH001.svg']);
  });
});
