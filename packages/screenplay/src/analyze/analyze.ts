import { inFrame, parseFountain, splitScenes, stripEmphasis, withoutRevisionMark, type CharacterElement, type FountainElement, type TitlePageField } from '@pc/fountain';
import { FIELD_LIMITS, sceneNumberPattern } from '@pc/graph';
import { characterKey, createMentionFinder, cueSpeakers, titledNameMerges, withUntitledSpellings } from './characters.js';
import { castAcrossScenes } from './intercut.js';
import { readFrontMatter } from './front-matter.js';
import { readIntroductions, readNamedLater, readNumberedRoles, speakerIntroduced } from './introductions.js';
import { readLocalLayout } from './local-layout.js';
import { readNamedInCapitals } from './named-in-capitals.js';
import { createPlaceMask } from './place-mask.js';
import { mergeIntExt, placeName, readHeadingPlace, sceneIntExt } from './places.js';
import { readSceneBody, sectionSynopses, sliceScriptText } from './scene-body.js';
import { OPENING_HEADING, isCounted, isWrittenOpening, readOpening } from './opening.js';
import { createSetInTest } from './set-in.js';
import { appositionMerges, readNameThenDescription, takeTurns } from './same-person.js';
import { readShotLines } from './shot-lines.js';
import { collapse, sourceLines, truncate } from './text.js';
import type { ImportWarning, ScreenplayAnalysis, ScriptCharacter, ScriptLocation, ScriptScene } from './types.js';

/** Most scenes one import reads; with their characters and locations they stay under the graph's node limit. */
export const MAX_IMPORTED_SCENES = 2_000;

/**
 * The title page's Title; for a PDF export, which has a cover page instead of a title
 * page, the cover's first line.
 */
const readTitle = (titlePage: readonly TitlePageField[], cover: readonly string[]): string => {
  const field = titlePage.find((entry) => entry.key.toLowerCase() === 'title');
  const title = field?.value ?? (titlePage.length === 0 ? (cover.find((line) => line.trim() !== '') ?? '') : '');
  // “The Lending Library”, as a word processor quotes a title, is named The Lending Library.
  return truncate(collapse(stripEmphasis(title)).replace(/^["“”«]\s*([^"“”«»]+?)\s*["“”»]$/u, '$1'), FIELD_LIMITS.shortText);
};

/** Collects characters by key in order of first cue, counting their dialogue blocks. */
const createCharacterBook = (merges: ReadonlyMap<string, string>, descriptions: ReadonlySet<string> = new Set()) => {
  const byKey = new Map<string, ScriptCharacter>();
  // A forced cue's spelling as written (`@McCLANE`), which the action uses too ("McCLANE waits").
  const written = new Map<string, string[]>();
  /** Another spelling of a known character; a person's name takes the place of a description cued first (UNDERPANTS MAN, then WALT). */
  const addSpelling = (known: ScriptCharacter, spelling: string): void => {
    if (spelling === known.name || known.aliases.includes(spelling)) return;
    if (descriptions.has(characterKey(known.name)) && !descriptions.has(characterKey(spelling))) {
      known.aliases = [known.name, ...known.aliases.filter((alias) => alias !== spelling)].slice(0, FIELD_LIMITS.listItems);
      known.name = spelling;
    } else if (known.aliases.length < FIELD_LIMITS.listItems) known.aliases.push(spelling);
  };
  return {
    byKey,
    /** Every spelling to look for in action, by character key. */
    spellings(): Map<string, string[]> {
      return new Map([...byKey.values()].map((character) => [character.key, [character.name, ...character.aliases, ...(written.get(character.key) ?? [])]]));
    },
    /** Records a cue; returns the keys of its speakers. */
    addCue(cue: CharacterElement): string[] {
      const asWritten = cue.forced ? cueSpeakers(withoutExtensions(cue.text)) : [];
      return cueSpeakers(cue.name).map((spelling, index) => {
        const name = truncate(spelling, FIELD_LIMITS.shortText);
        const ownKey = characterKey(name);
        const key = merges.get(ownKey) ?? ownKey;
        const known = byKey.get(key);
        if (!known) byKey.set(key, { key, name, aliases: [], cues: 1 });
        else {
          known.cues += 1;
          addSpelling(known, name);
        }
        const writtenSpelling = asWritten[index];
        if (writtenSpelling !== undefined && writtenSpelling !== name && characterKey(writtenSpelling) === ownKey) {
          const list = written.get(key) ?? [];
          if (!list.includes(writtenSpelling) && list.length < FIELD_LIMITS.listItems) written.set(key, [...list, writtenSpelling]);
        }
        return key;
      });
    },
    /**
     * Records a person the action introduces: a speaker's full name becomes their alias ("SERGEANT
     * NIAMH QUILL" of QUILL); anyone else is a silent bit, cast where named.
     */
    addIntroduction(name: string): void {
      const spelling = truncate(name, FIELD_LIMITS.shortText);
      const ownKey = characterKey(spelling);
      const key = merges.get(ownKey) ?? ownKey;
      const known = byKey.get(key) ?? speakerIntroduced(spelling, [...byKey.values()].filter((character) => character.cues > 0));
      // Two speakers fit the name as well: it is neither's alias, nor a third person.
      if (known === null) return;
      if (!known) byKey.set(key, { key, name: spelling, aliases: [], cues: 0 });
      else addSpelling(known, spelling);
    },
    /** A silent person introduced by description ("a GIRL (15)") and named later ("The girl, KIT,"): one character, KIT aka GIRL. */
    nameLater(description: string, name: string): void {
      const silent = byKey.get(characterKey(description));
      const named = byKey.get(merges.get(characterKey(name)) ?? characterKey(name));
      if (!silent || silent.cues > 0 || !named || named === silent) return;
      byKey.delete(silent.key);
      for (const spelling of [silent.name, ...silent.aliases]) {
        if (spelling !== named.name && !named.aliases.includes(spelling) && named.aliases.length < FIELD_LIMITS.listItems) named.aliases.push(spelling);
      }
    },
  };
};

/** A cue without its trailing `(V.O.)`, `(CONT'D)`…; by hand, as a regex over a cue would backtrack. */
const withoutExtensions = (cue: string): string => {
  let rest = cue.trimEnd();
  while (rest.endsWith(')')) {
    const open = rest.lastIndexOf('(');
    if (open === -1) break;
    rest = rest.slice(0, open).trimEnd();
  }
  return rest;
};

/**
 * `#12.#` (Fountain's own example) is scene 12; `#1a#` is 1A; `#12-A#` (no act before the dash,
 * as some apps print a scene added after 12, and a PDF's margin reads) is 12A.
 */
const writtenNumber = (number: string): string =>
  number
    .toUpperCase()
    .replace(/(?<=[0-9A-Z])\.$/, '')
    .replace(/^([A-Z]{0,2}[0-9]{1,4})-([A-Z]{1,3})$/, '$1$2');

/**
 * Reads a Fountain screenplay into what the graph import needs: scenes with their heading
 * parts, synopsis, script text and closing transition; characters by normalised cue;
 * locations by normalised place (HOUSE - KITCHEN, its parent HOUSE named); and
 * warnings for what did not fit. Total: any string yields an analysis.
 *
 * @example
 * analyzeScreenplay('INT. HOUSE - KITCHEN - NIGHT\n\nANNA\nHi.').locations.map((l) => [l.name, l.parent]) // [['HOUSE - KITCHEN', 'HOUSE']]
 * @remarks O(n) in the source, plus O(action × characters) for mentions.
 */
export const analyzeScreenplay = (written: string, { shotLines = [] }: { shotLines?: readonly number[] } = {}): ScreenplayAnalysis => {
  // 0. A script in its own country's layout (○ 場所（時間）, S#12. 장소 / 밤) reads as the Fountain it says.
  const local = readLocalLayout(written);
  const analysis = analyzeFountain(local?.fountain ?? written, shotLines);
  if (!local) return analysis;
  const toSource = (line: number): number => local.sourceLine[line - 1] ?? line;
  return {
    ...analysis,
    scenes: analysis.scenes.map((scene) => ({ ...scene, line: toSource(scene.line) })),
    warnings: analysis.warnings.map((warning) => (warning.line === undefined ? warning : { ...warning, line: toSource(warning.line) })),
  };
};

const analyzeFountain = (source: string, shotLines: readonly number[]): ScreenplayAnalysis => {
  // 1. Parse, and split the elements into scenes.
  const script = parseFountain(source);
  const lines = sourceLines(source);
  // A revised page's margin `*` is not the scene's text, as its page number is not.
  for (const line of script.revisionMarked) lines[line - 1] = withoutRevisionMark(lines[line - 1] ?? '') ?? lines[line - 1] ?? '';
  const pageFurniture = new Set(script.pageFurniture);
  const shotSet = new Set(shotLines);
  const split = splitScenes(script.elements);
  const warnings: ImportWarning[] = [];
  if (split.scenes.length === 0) warnings.push({ code: 'no_scene_headings', message: 'The script has no scene headings (INT. / EXT.), so no scenes were created.' });
  // A PDF export's cover page or a pasted script's title block (title, writers, contact) is neither stray action nor a cue.
  const cover = script.titlePage.length > 0 ? [] : readFrontMatter(source, lines, split.preamble, split.scenes[0]?.heading.line ?? Number.POSITIVE_INFINITY);
  // Someone speaks before the first heading (Big Fish's EDWARD (V.O.) over a river): the opening scene (opening.ts).
  const { opening, before } = split.scenes.length > 0 ? readOpening(split.preamble.filter((element) => element.line > cover.length)) : { opening: null, before: split.preamble.filter((element) => element.line > cover.length) };
  const preamble = before;
  const parsed = opening ? [opening, ...split.scenes] : split.scenes;
  const stray = preamble.filter(isCounted);
  if (parsed.length > 0 && stray.length > 0) {
    warnings.push({
      code: 'text_outside_scenes',
      message: `${stray.length} line${stray.length === 1 ? '' : 's'} of action or dialogue before the first scene heading belong to no scene; they stay in the Script node only.`,
      line: stray[0]!.line,
    });
  }
  if (opening) {
    const spoken = opening.elements.filter((element) => element.type === 'character').length;
    warnings.push({
      code: 'text_outside_scenes',
      message: `The script speaks before its first scene heading (${spoken} speech${spoken === 1 ? '' : 'es'}): those lines are the scene ${OPENING_HEADING}, with no set and no number. Give it a heading in the script to place it.`,
      line: opening.elements[0]!.line,
    });
  }
  if (parsed.length > MAX_IMPORTED_SCENES) {
    warnings.push({ code: 'truncated', message: `Only the first ${MAX_IMPORTED_SCENES} of ${parsed.length} scenes were imported.`, line: parsed[MAX_IMPORTED_SCENES]!.heading.line });
  }
  const kept = parsed.slice(0, MAX_IMPORTED_SCENES);
  // The opening read from before the first heading, or written back as `.OPENING` by an export.
  const opensScript = opening !== null || (kept[0] !== undefined && isWrittenOpening(kept[0]));

  // 2. Characters from every cue (the preamble's too), so mentions can be found anywhere, and
  // those the action introduces who never speak ("JUNE (40s) watches", "Behind the bar, OWEN polishes a glass").
  // "NURSE BELL" and, later, "BELL": one character (see titledNameMerges).
  // "The Brooklyn Bridge" in action is the place, not BROOKLYN: the heading places are blanked first.
  const maskPlaces = createPlaceMask(kept.flatMap(({ heading }) => readHeadingPlace(heading.location, heading.timeOfDay).set));
  const cueNames = [...new Set([...preamble, ...kept.flatMap((scene) => scene.elements)].flatMap((element) => (element.type === 'character' ? cueSpeakers(element.name) : [])))];
  const allCueKeys = cueNames.map((name) => characterKey(truncate(name, FIELD_LIMITS.shortText)));
  // A card or a letter set in under "He opens the card:" is read, not seen: its names cast nobody (set-in.ts).
  const isSetIn = createSetInTest(kept.flatMap((scene) => scene.elements));
  const introduced = kept.flatMap((scene) =>
    scene.elements.flatMap((element) => {
      if (element.type !== 'action' || isSetIn(element)) return [];
      const text = maskPlaces(element.text);
      return [...readIntroductions(text), ...readNamedInCapitals(text), ...readNumberedRoles(element.text, cueNames)];
    }),
  );
  // Two names that take turns speaking in a scene (BOB, CYBER BOB, BOB) are two people talking, never merged; a cue
  // shortened once in a scene (DR. O'NEIL, then O'NEIL) is not that.
  const sceneCues = kept.map((scene) => scene.elements.flatMap((element) => (element.type === 'character' ? cueSpeakers(element.name).map((name) => characterKey(truncate(name, FIELD_LIMITS.shortText))) : [])));
  const together = (a: string, b: string): boolean => sceneCues.some((keys) => takeTurns(keys, a, b));
  const nameMerges = titledNameMerges(allCueKeys, together);
  // "WALTER WHITE, the underpants man, turns": the cue UNDERPANTS MAN is that person (same-person.ts).
  const appositions = kept.flatMap((scene) => scene.elements.flatMap((element) => (element.type === 'action' ? [...readNameThenDescription(element.text), ...readNamedLater(element.text)] : [])));
  const described = appositionMerges(appositions, allCueKeys, nameMerges, together);
  const book = createCharacterBook(new Map([...nameMerges, ...described]), new Set(described.keys()));
  for (const element of preamble) if (element.type === 'character') book.addCue(element);
  const cueKeys = new Map<FountainElement, string[]>();
  const speakersByScene = kept.map((scene) => {
    const keys: string[] = [];
    for (const element of scene.elements) {
      if (element.type !== 'character') continue;
      const speakers = book.addCue(element);
      cueKeys.set(element, speakers);
      for (const key of speakers) if (!keys.includes(key)) keys.push(key);
    }
    return keys;
  });
  for (const name of introduced) book.addIntroduction(name);
  for (const scene of kept) for (const element of scene.elements) if (element.type === 'action') for (const [description, name] of readNamedLater(element.text)) book.nameLater(description, name);
  // "O'Neil beside her" names DR. O'NEIL, as action writes a titled name once introduced.
  const findCharacters = createMentionFinder(withUntitledSpellings(book.spellings()));
  const findMentions = (text: string): string[] => findCharacters(maskPlaces(text));

  // 3. Scenes: heading parts, number, body.
  const explicitNumbers = new Set(kept.map((scene) => writtenNumber(scene.heading.sceneNumber)).filter((n) => sceneNumberPattern.test(n) && n !== ''));
  const usedKeys = new Map<string, number>();
  const usedNumbers = new Set<string>();
  const preambleSections = sectionSynopses(preamble);
  let carried = preamble.flatMap((element) => (element.type === 'synopsis' && !preambleSections.has(element) ? [element.text] : []));
  const scenes: ScriptScene[] = kept.map((scene, index): ScriptScene => {
    const { heading } = scene;
    const order = index + 1;
    // Its place among the script's headings: the opening scene has none.
    const position = opensScript ? index : order;
    const { parts, timeOfDay, set } = readHeadingPlace(heading.location, heading.timeOfDay);
    const hasIntExt = heading.intExt !== null;
    const isOpening = index === 0 && opensScript;
    if (isOpening) {
      // Said above: no heading, so no set and no number.
    } else if (!hasIntExt) {
      warnings.push({ code: 'heading_without_int_ext', message: `Scene heading “${heading.text}” has no INT. or EXT., so it names no Location.`, line: heading.line });
    } else if (parts.length === 0) {
      warnings.push({ code: 'heading_without_location', message: `Scene heading “${heading.text}” names no place.`, line: heading.line });
    }

    const written = writtenNumber(heading.sceneNumber);
    let sceneNumber = '';
    if (written !== '' && sceneNumberPattern.test(written) && !usedNumbers.has(written)) sceneNumber = written;
    else if (written !== '' && usedNumbers.has(written)) {
      warnings.push({ code: 'scene_number_duplicate', message: `Scene number ${written} is used twice; the second scene is left unnumbered.`, line: heading.line });
    } else if (written !== '') {
      warnings.push({ code: 'scene_number_invalid', message: `Scene number “${heading.sceneNumber}” is not a scene number such as 12, 12A, A12, 110A.1 or I-1-A; the scene is left unnumbered.`, line: heading.line });
    } else if (isOpening) {
      // The script's first heading stays scene 1.
    } else if (!explicitNumbers.has(String(position)) && !usedNumbers.has(String(position))) sceneNumber = String(position);
    else {
      warnings.push({ code: 'scene_number_taken', message: `Scene ${position} is unnumbered and another scene already has number ${position}; it is left unnumbered.`, line: heading.line });
    }
    if (sceneNumber !== '') usedNumbers.add(sceneNumber);

    const baseKey = written !== '' ? `#${written}` : collapse(heading.text.toUpperCase());
    const occurrence = (usedKeys.get(baseKey) ?? 0) + 1;
    usedKeys.set(baseKey, occurrence);

    const body = readSceneBody(scene, carried);
    carried = body.nextSynopsis;
    const lastLine = index + 1 < parsed.length ? parsed[index + 1]!.heading.line - 1 : lines.length;
    const speakers = speakersByScene[index] ?? [];
    const mentioned: string[] = [];
    const castList = readCastList(scene.elements);
    for (const element of scene.elements) {
      if (element.type !== 'action' || isSetIn(element)) continue;
      for (const key of findMentions(element === castList ? element.text.toUpperCase() : element.text)) if (!speakers.includes(key) && !mentioned.includes(key)) mentioned.push(key);
    }
    const locationName = truncate(placeName(parts), FIELD_LIMITS.shortText);
    return {
      key: occurrence === 1 ? baseKey : `${baseKey}~${occurrence}`,
      order,
      line: heading.line,
      heading: heading.text,
      intExt: sceneIntExt(heading.intExt),
      hasIntExt,
      place: set,
      locationName,
      timeOfDay: truncate(timeOfDay, FIELD_LIMITS.shortText),
      sceneNumber,
      synopsis: truncate(body.synopsis.join('\n'), FIELD_LIMITS.mediumText),
      scriptText: truncate(sliceScriptText(lines, heading.line + 1, lastLine, body.liftedLines, pageFurniture), FIELD_LIMITS.longText),
      transitionOut: truncate(body.transitionOut, FIELD_LIMITS.shortText),
      speakers,
      mentioned,
      shots: readShotLines(scene.elements, shotSet).map((shot) => ({ ...shot, characters: findMentions(inFrame(shot.text)) })),
      elements: scene.elements,
    };
  });

  // 4. An intercut is one scene with both ends' cast; "BACK TO SCENE" returns to the scene it left.
  castAcrossScenes(scenes, {
    speakers: (element) => cueKeys.get(element) ?? [],
    mentioned: (element) => (element.type === 'action' && !isSetIn(element) ? findMentions(element.text) : []),
  });

  return { title: readTitle(script.titlePage, cover), titlePage: script.titlePage, scenes, characters: [...book.byKey.values()], locations: collectLocations(scenes), warnings };
};

// "(Gloria, Tommy, Mr. Haskins)": the cast list a multi-camera script puts under each heading.
const CAST_LIST = /^\([^()\n]+\)$/u;

/** The scene's cast list, if its first element is one: its names count as written in capitals. */
const readCastList = (elements: readonly FountainElement[]): FountainElement | undefined => {
  const first = elements.find((element) => element.type !== 'synopsis' && element.type !== 'note');
  return first?.type === 'action' && CAST_LIST.test(first.text.trim()) ? first : undefined;
};

/** The name of the Location a scene is set in; null for a heading without INT./EXT. (`.THE VOID`), which names no place. */
export const sceneLocation = (scene: Pick<ScriptScene, 'hasIntExt' | 'place'>): string | null =>
  scene.hasIntExt && scene.place.length > 0 ? truncate(placeName(scene.place), FIELD_LIMITS.shortText) : null;

/**
 * A Location per place a scene is set in, in order of its first scene. An enclosing place
 * ("HOUSE" of "HOUSE - KITCHEN") is named as the parent, and is a Location of its own only
 * when a scene happens there too: a set nobody shoots in would be a card with no wire.
 * A place counts the scenes set in it or inside it, and is INT/EXT when they are both.
 */
const collectLocations = (scenes: readonly ScriptScene[]): ScriptLocation[] => {
  const placed = scenes.filter((scene) => sceneLocation(scene) !== null);
  const nameAt = (scene: ScriptScene, depth: number) => truncate(placeName(scene.place.slice(0, depth)), FIELD_LIMITS.shortText);
  const byName = new Map<string, ScriptLocation>();
  for (const scene of placed) {
    const depth = scene.place.length;
    const name = nameAt(scene, depth);
    if (!byName.has(name)) byName.set(name, { name, parent: depth === 1 ? '' : nameAt(scene, depth - 1), intExt: scene.intExt, scenes: 0 });
  }
  for (const scene of placed) {
    for (let depth = 1; depth <= scene.place.length; depth += 1) {
      const known = byName.get(nameAt(scene, depth));
      if (!known) continue;
      known.intExt = mergeIntExt(known.intExt, scene.intExt);
      known.scenes += 1;
    }
  }
  return [...byName.values()];
};
