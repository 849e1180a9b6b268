import type { Montage } from './montage.js';
import type { SceneBreakdown } from './scene-breakdown.js';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const flagText: Record<string, string> = {
  speaker_not_linked: 'speaks but is not linked to the scene',
  linked_not_in_script: 'linked but neither speaks nor appears in the script',
};

/** `MONTAGE - THE STALL THROUGH A YEAR`, or the kind alone. */
export const montageName = (montage: Montage): string => (montage.title ? `${montage.kind} - ${montage.title}` : montage.kind);

/** The breakdown sheet as Markdown: heading, timing, synopsis, cast table, extras, montages and their beats, elements, dialogue. */
export const renderBreakdownMarkdown = (breakdown: SceneBreakdown): string => {
  const title = breakdown.sceneNumber ? `SC ${breakdown.sceneNumber} — ${breakdown.heading}` : breakdown.heading;
  const lines = [
    `# ${title}`,
    '',
    '| Page length | Est. duration | Story day | Transition out |',
    '| --- | --- | --- | --- |',
    `| ${breakdown.pageLength} | ${breakdown.duration} | ${breakdown.storyDay ?? '—'} | ${cell(breakdown.transitionOut) || '—'} |`,
  ];
  if (breakdown.synopsis) lines.push('', '## Synopsis', '', breakdown.synopsis);

  lines.push('', '## Cast', '');
  if (breakdown.cast.length === 0) lines.push('_Nobody yet._');
  else {
    lines.push('| Character | Linked | Lines | In action | On set | Check |', '| --- | --- | ---: | --- | --- | --- |');
    for (const member of breakdown.cast) {
      const check = member.flags.map((flag) => flagText[flag] ?? flag).join('; ');
      lines.push(`| ${cell(member.name)} | ${member.linked ? 'yes' : 'no'} | ${member.lineCount} | ${member.inAction ? 'yes' : 'no'} | ${member.voiceOnly ? 'no (voice only)' : 'yes'} | ${check} |`);
    }
  }

  if (breakdown.extras.length > 0) {
    lines.push('', '## Extras / atmosphere', '', '| Extras | Count | As written |', '| --- | ---: | --- |');
    for (const extra of breakdown.extras) lines.push(`| ${cell(extra.name)} | ${extra.count ?? '—'} | ${cell(extra.asWritten)} |`);
  }

  for (const montage of breakdown.montages) {
    lines.push('', `## ${montageName(montage)} (${montage.beats.length} ${montage.beats.length === 1 ? 'beat' : 'beats'}, a setup each)`, '');
    montage.beats.forEach((beat, index) => lines.push(`${index + 1}. ${beat}`));
  }

  const categories = Object.keys(breakdown.elements);
  if (categories.length > 0) {
    lines.push('', '## Elements', '', '| Category | Element | Importance | Worn / carried by |', '| --- | --- | --- | --- |');
    for (const category of categories) {
      for (const element of breakdown.elements[category] ?? []) {
        lines.push(`| ${category.replace(/_/g, ' ')} | ${cell(element.name) || '—'} | ${element.importance} | ${cell(element.character) || '—'} |`);
      }
    }
  }

  lines.push('', '## Dialogue', '');
  if (breakdown.dialogue.length === 0) lines.push('_No dialogue._');
  for (const line of breakdown.dialogue) {
    const extension = line.extensions.length > 0 ? ` (${line.extensions.join(') (')})` : '';
    const parenthetical = line.parenthetical ? ` _(${line.parenthetical})_` : '';
    lines.push(`${line.order}. **${line.speaker}${extension}**${parenthetical} ${line.text.replace(/\n/g, ' ')}`);
  }
  return `${lines.join('\n')}\n`;
};
