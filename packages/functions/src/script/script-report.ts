import { analyzeScreenplay } from '@pc/screenplay';
import { jsonArtifact, markdownArtifact } from '../artifacts.js';
import { formatClock } from '../format.js';
import { formatEighths, measureScene } from '../scene/timing.js';
import type { JsonValue, NodeFunction } from '../types.js';

/** The import report of a script, as the Script node shows it. */
export interface ScriptReport {
  [key: string]: JsonValue;
  title: string;
  scenes: number;
  characters: number;
  locations: number;
  /** Page length in eighths, summed over scenes ("98 3/8"), as `sceneBreakdown` measures each. */
  pageLength: string;
  eighths: number;
  /** Estimated runtime over all scenes, "m:ss" ("98:12"). */
  runtime: string;
  runtimeMs: number;
  /** Lines the import could not place, and other warnings, with source lines. */
  warnings: { code: string; message: string; line: number | null }[];
}

const renderMarkdown = (report: ScriptReport): string =>
  [
    `# ${report.title || 'Untitled script'}`,
    '',
    `- Scenes: ${report.scenes}`,
    `- Characters: ${report.characters}`,
    `- Locations: ${report.locations}`,
    `- Pages: ${report.pageLength}`,
    `- Estimated runtime: ${report.runtime}`,
    '',
    '## Warnings',
    '',
    ...(report.warnings.length === 0 ? ['None.'] : report.warnings.map((w) => `- ${w.line === null ? '' : `Line ${w.line}: `}${w.message}`)),
    '',
  ].join('\n');

/**
 * Script → `scriptReport`: what importing the script gives (scene, character and
 * location counts), its length in page eighths and estimated runtime (each scene
 * measured as `sceneBreakdown` does), and the import warnings. Reads the source only.
 */
export const scriptReport: NodeFunction<'script'> = {
  name: 'scriptReport',
  nodeType: 'script',
  // v2: a vehicle's state and what follows the time of day are not places; MARA/BEN is two speakers.
  // v3: a PDF export's numbered headings and page furniture; curly and straight apostrophes, NFC, a
  // titled cue and the bare name (NURSE BELL, BELL), one name; LATE AFTERNOON, NOCHE… are times.
  // v4: INTERCUT WITH:, BACK TO SCENE… are transitions (timed as one); German INNEN./AUSSEN. headings; "2." is a page
  // number only with evidence of a PDF; intercut cast; capitals action is not a cue; ACT ONE… lines are sections;
  // double-spaced sitcom dialogue; FLASHBACK - INT. … is a heading.
  // v6: a PDF's margin numbers A12, (12), 12-A; capitals in emphasis (**THE DOOR SLAMS**) are action, not a cue;
  // a cue without case (李明) is one; SMASH CUT TO BLACK. is a transition; a PDF's two-column dual
  // dialogue is two speakers; a revised page's header (Pink Rev. 11/02/26), its margin * and OMITTED are page furniture; FADE OUT without
  // its full stop is a transition; dual dialogue is timed at its longer speech.
  // v7: a montage's opening line is action; a caseless action line above a cue is action; a person the action
  // introduces with an age ("JUNE (40s)") and who never speaks is a character, a speaker's full name an alias, a
  // description named later ("a GIRL (15)" … "The girl, KIT,") the named speaker; COP #1 beside a speaking COP #2 is a character.
  // v8: a script pasted in its own layout (○ 場所（時間）, 名前「台詞」; S#12. 장소 / 밤, 이름: 대사) is counted as its
  // scenes and speakers; THE END after the last transition is not timed; a caseless line ending 、 or , is not a cue.
  // v9: Japanese and Chinese count a word for each two characters, and wide characters (Hangul, Han, kana) take two
  // columns of the page, in runtime and eighths; German, Italian and Portuguese transitions and times (ABBLENDE., MORGENGRAUEN),
  // German and other ages ((60er), (30 ans)) that introduce a silent character.
  // v10: a Location is a place a scene is set in; an enclosing place with no scene of its own is not counted.
  // Also v10: a Fountain cue Ｎ (ナレーション, 내레이션) is the narrator ナレーター (내레이터), one character with a cue ナレーター; a
  // counted group in capitals with an age in another language (ZWEI POLIZISTEN (20er)) is not a character; EM MOVIMENTO is
  // a vehicle's state, not a place (one Location fewer); each scene's eighths to the nearest, not rounded up.
  // v11: a heading numbered in the right margin only (`INT. SHED - CONTINUOUS      2`) is scene 2 at CONTINUOUS;
  // DISSOLVENZA IN CHIUSURA. (Italian fade out) is a transition, timed as one.
  // v12: a person introduced in capitals without parentheses (`CERYS, soaked, bursts in`, `GETHIN, 20s,`) is a character.
  // v13: a script written `NAME: speech` throughout (a stage play pasted in) is counted as its speakers.
  // v14: a pasted script's title block (THE LAST LIGHTHOUSE / Written by / …) is its title, not a character.
  // Also v14: a short line of Chinese action above text (窗外下着雨, 李明转身离开) is not a character.
  // v15: a plain-text script's title alone on its first line is its title; Russian headings (ИНТ./НАТ.) are scenes;
  // a short line of Chinese action ending in a common verb (王芳沉默) is not a character.
  version: 15,
  description: 'Scene, character and location counts, page eighths, estimated runtime and import warnings.',
  async run({ node }, { signal }) {
    // 1. Analyse as the import does; 2. measure each scene; 3. report.
    const analysis = analyzeScreenplay(node.data.source);
    signal.throwIfAborted();
    let eighths = 0;
    let runtimeMs = 0;
    for (const scene of analysis.scenes) {
      // The closing transition is still among the elements here, so it is not added again.
      const timing = measureScene(scene.elements, false);
      eighths += timing.eighths;
      runtimeMs += timing.durationMs;
    }
    const report: ScriptReport = {
      title: node.data.title.trim() || analysis.title,
      scenes: analysis.scenes.length,
      characters: analysis.characters.length,
      locations: analysis.locations.length,
      pageLength: formatEighths(eighths),
      eighths,
      runtime: formatClock(runtimeMs),
      runtimeMs,
      warnings: analysis.warnings.map(({ code, message, line }) => ({ code, message, line: line ?? null })),
    };
    return { outputs: { report }, artifacts: [jsonArtifact('report.json', report), markdownArtifact('report.md', renderMarkdown(report))] };
  },
};
