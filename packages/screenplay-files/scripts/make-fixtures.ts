/**
 * Writes the fixture files from corpus screenplays (packages/fountain/fixtures): Word files
 * made by LibreOffice (`soffice`, Debian's libreoffice-writer-nogui) from an OpenDocument
 * written here, so the `.docx` XML is a real word processor's; Fade In (`.fadein`) and `.osf`
 * files as Open Screenplay Format; Highland textbundle zips. Run: `pnpm --filter @pc/screenplay-files fixtures`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFountain, stripEmphasis, type FountainElement } from '@pc/fountain';
import { strToU8, zipSync } from 'fflate';

const fixtures = new URL('../fixtures/', import.meta.url);
const corpus = (name: string) => readFileSync(new URL(`../../fountain/fixtures/${name}.fountain`, import.meta.url), 'utf8');
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Role = 'heading' | 'action' | 'character' | 'dialogue' | 'parenthetical' | 'transition' | 'lyrics';
interface Line {
  role: Role;
  text: string;
  number?: string;
  centered?: boolean;
  pageBreak?: boolean;
  dual?: boolean;
}

/** The corpus script as typed lines, in order (sections, synopses and notes have no place in a word processor). */
const linesOf = (source: string): { title: { key: string; value: string }[]; lines: Line[] } => {
  const { titlePage, elements } = parseFountain(source);
  const lines: Line[] = [];
  let pageBreak = false;
  const push = (line: Line) => {
    lines.push(pageBreak ? { ...line, pageBreak: true } : line);
    pageBreak = false;
  };
  for (const element of elements as FountainElement[]) {
    if (element.type === 'page_break') pageBreak = true;
    else if (element.type === 'scene_heading') push({ role: 'heading', text: element.text, ...(element.sceneNumber ? { number: element.sceneNumber } : {}) });
    else if (element.type === 'character') push({ role: 'character', text: element.text, ...(element.dual === 'right' ? { dual: true } : {}) });
    else if (element.type === 'action') push({ role: 'action', text: stripEmphasis(element.text) });
    else if (element.type === 'centered') push({ role: 'action', text: stripEmphasis(element.text), centered: true });
    else if (element.type === 'dialogue' || element.type === 'parenthetical' || element.type === 'transition' || element.type === 'lyrics') push({ role: element.type, text: stripEmphasis(element.text) });
  }
  return { title: titlePage, lines };
};

// ---- Word, through LibreOffice ------------------------------------------------------------

const ROLES: Role[] = ['heading', 'action', 'character', 'dialogue', 'parenthetical', 'transition', 'lyrics'];
// Indents from the left margin as a typed script sets them (inches), and how each element stands.
const LAYOUT: Record<Role, { left: number; align?: string; caps?: boolean }> = {
  heading: { left: 0, caps: true },
  action: { left: 0 },
  character: { left: 2.2, caps: true },
  dialogue: { left: 1 },
  parenthetical: { left: 1.6 },
  transition: { left: 4, align: 'end', caps: true },
  lyrics: { left: 1 },
};
const paragraphProperties = (role: Role) => `<style:paragraph-properties fo:margin-left="${LAYOUT[role].left}in" fo:margin-top="0.17in"${LAYOUT[role].align ? ` fo:text-align="${LAYOUT[role].align}"` : ''}/>`;
const textProperties = (role: Role) => `<style:text-properties style:font-name="Courier New" fo:font-size="12pt"${LAYOUT[role].caps ? ' fo:text-transform="uppercase"' : ''}/>`;

/** A Word file by `soffice --convert-to docx`: `names` gives each element's paragraph style name, or (absent) every paragraph is "Default" with direct indents. */
const writeDocx = (file: string, source: string, names?: Record<Role, string>) => {
  const { title, lines } = linesOf(source);
  const styleName = (role: Role) => names![role].replace(/ /g, '_20_');
  const named = names ? ROLES.map((role) => `<style:style style:name="${xml(styleName(role))}" style:display-name="${xml(names[role])}" style:family="paragraph" style:parent-style-name="Standard">${paragraphProperties(role)}${textProperties(role)}</style:style>`).join('') : '';
  // Direct formatting (automatic styles) as a writer typing without a template leaves it; B* start a new page.
  const automatic = ['', 'B'].flatMap((brk) =>
    ROLES.map((role) => `<style:style style:name="${brk}${role}" style:family="paragraph" style:parent-style-name="${names ? xml(styleName(role)) : 'Standard'}">${names ? `<style:paragraph-properties${brk ? ' fo:break-before="page"' : ''}/>` : paragraphProperties(role).replace('/>', `${brk ? ' fo:break-before="page"' : ''}/>`)}${names ? '' : textProperties(role)}</style:style>`),
  );
  automatic.push('<style:style style:name="TC" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>');
  automatic.push('<style:style style:name="TL" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start"/></style:style>');
  const body: string[] = [];
  const value = (key: string) => title.find((field) => field.key.toLowerCase() === key)?.value;
  if (title.length > 0) {
    for (const key of ['title', 'credit', 'author', 'source']) {
      const text = value(key);
      if (text) body.push(...text.split('\n').map((line) => `<text:p text:style-name="TC">${xml(line)}</text:p>`), '<text:p text:style-name="TC"/>');
    }
    for (const key of ['draft date', 'contact']) {
      const text = value(key);
      if (text) body.push(...text.split('\n').map((line) => `<text:p text:style-name="TL">${xml(line)}</text:p>`), '<text:p text:style-name="TL"/>');
    }
  }
  lines.forEach((line, at) => {
    const brk = (title.length > 0 && at === 0) || line.pageBreak ? 'B' : '';
    const style = line.centered ? 'TC' : `${brk}${line.role}`;
    const text = xml(line.text).replace(/\n/g, '<text:line-break/>');
    body.push(`<text:p text:style-name="${style}">${text}</text:p>`);
  });
  const document = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Courier New" svg:font-family="'Courier New'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles><style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Courier New" fo:font-size="12pt"/></style:style>${named}</office:styles>
<office:automatic-styles>${automatic.join('')}</office:automatic-styles>
<office:body><office:text>${body.join('\n')}</office:text></office:body>
</office:document>`;
  const work = mkdtempSync(join(tmpdir(), 'pc-docx-'));
  try {
    const fodt = join(work, file.replace(/\.docx$/, '.fodt'));
    writeFileSync(fodt, document);
    execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, fodt], { stdio: 'ignore' });
    copyFileSync(join(work, file), new URL(file, fixtures));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};

// ---- Fade In: Open Screenplay Format ------------------------------------------------------

const OSF_STYLE: Record<Role, string> = { heading: 'Scene Heading', action: 'Action', character: 'Character', dialogue: 'Dialogue', parenthetical: 'Parenthetical', transition: 'Transition', lyrics: 'Singing' };

/** An OSF document as Fade In writes one: `<info>`, `<settings>`, `<styles/>`, `<paragraphs>`, `<titlepage>`, `<lists>`. */
const osfOf = (source: string, titleText: string): string => {
  const { title, lines } = linesOf(source);
  const para = (role: Role | 'title', text: string, attributes = '', styleAttributes = '') =>
    `    <para${attributes}>\n      <style basestylename="${role === 'title' ? 'Normal Text' : OSF_STYLE[role]}"${styleAttributes}/>\n${text
      .split('\n')
      .map((part) => `      <text>${xml(part)}</text>`)
      .join('\n      <text>&#xA;</text>\n')}\n    </para>`;
  const paragraphs = lines.map((line) => para(line.role, line.text, `${line.number ? ` number="${xml(line.number)}"` : ''}${line.dual ? ' dual="1"' : ''}`, line.centered ? ' align="center"' : ''));
  const titlePage = title.flatMap(({ key, value }) => {
    const align = ['draft date', 'contact'].includes(key.toLowerCase()) ? 'left' : 'center';
    return [...value.split('\n').map((line) => para('title', line, '', ` align="${align}"`)), para('title', '', '', ` align="${align}"`)];
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<document type="Open Screenplay Format document" version="20">
  <info uuid="{00000000-0000-4000-8000-000000000000}" title="${xml(titleText)}" title_format="&lt;u&gt;" written_by="Written by" copyright="Copyright (c)" drafts="First Draft" pagecount="1"/>
  <settings page_width="21.59" page_height="27.94" margin_top="2.54" margin_bottom="2.54" margin_left="3.81" margin_right="2.54" normal_linesperinch="6.0" dialogue_continues="true" cont_text="(cont'd)" more_text="(MORE)" continued_text="CONTINUED" omitted_text="OMITTED" pagenumber_format="#." pagenumber_start="1" pagenumber_first="false" scenenumbers_left="true" scenenumbers_right="true" revision="0" show_revisions="true" scene_numbering="${lines.some((line) => line.number) ? 'true' : 'false'}" scenes_locked="false" page_numbering="true" pages_locked="false"/>
  <styles/>
  <paragraphs>
${paragraphs.join('\n')}
  </paragraphs>
  <titlepage>
${titlePage.join('\n')}
  </titlepage>
  <spelling language="en_US"><user_dictionary/></spelling>
  <lists><characters/><locations/></lists>
</document>
`;
};

const writeFadeIn = (name: string, source: string) => {
  const osf = osfOf(source, name);
  writeFileSync(new URL(`${name}.osf`, fixtures), osf);
  // Fade In's zip: document.xml at the root (and the revision and bookmark data it keeps beside it, left out).
  writeFileSync(new URL(`${name}.fadein`, fixtures), zipSync({ 'document.xml': strToU8(osf) }, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
};

// ---- Highland 2: a zipped textbundle ---------------------------------------------------------

const writeHighland = (name: string, source: string) => {
  const bundle = `${name}.textbundle`;
  const info = JSON.stringify({ version: 2, type: 'com.quoteunquoteapps.highland.fountain', transient: false, creatorIdentifier: 'com.quoteunquoteapps.highland2' }, null, 2);
  writeFileSync(
    new URL(`${name}.highland`, fixtures),
    zipSync({ [`${bundle}/info.json`]: strToU8(info), [`${bundle}/text.fountain`]: strToU8(source), [`${bundle}/assets/`]: new Uint8Array() }, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') }),
  );
};

const ENGLISH: Record<Role, string> = { heading: 'Scene Heading', action: 'Action', character: 'Character', dialogue: 'Dialogue', parenthetical: 'Parenthetical', transition: 'Transition', lyrics: 'Lyrics' };
const FRENCH: Record<Role, string> = { heading: 'En-tête de scène', action: 'Action', character: 'Personnage', dialogue: 'Dialogue', parenthetical: 'Didascalie', transition: 'Transition', lyrics: 'Dialogue' };
const GERMAN: Record<Role, string> = { heading: 'Szenenüberschrift', action: 'Handlung', character: 'Figur', dialogue: 'Dialog', parenthetical: 'Regieanweisung', transition: 'Übergang', lyrics: 'Dialog' };

writeDocx('night-desk-teleplay.docx', corpus('night-desk-teleplay'), ENGLISH);
writeDocx('the-away-end-fade-in-indents.docx', corpus('the-away-end-fade-in'));
writeDocx('les-amants-du-quai-french.docx', corpus('les-amants-du-quai'), FRENCH);
writeDocx('die-letzte-faehre-german.docx', corpus('die-letzte-faehre-german'), GERMAN);
for (const name of ['the-away-end-fade-in', 'odd-headings-shooting-script', 'the-lamplighters-daughter-musical']) writeFadeIn(name, corpus(name));
writeHighland('the-signal-box-highland', corpus('the-signal-box-highland'));
