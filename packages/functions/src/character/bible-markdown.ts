import type { CharacterBible } from './bible.js';
import type { ViewPrompt } from './views.js';
import { viewLabels } from './views.js';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const appearanceLabels: [string, string][] = [
  ['build', 'Build'], ['height', 'Height'], ['skinTone', 'Skin tone'], ['face', 'Face'],
  ['eyes', 'Eyes'], ['hair', 'Hair'], ['marks', 'Distinguishing marks'],
];

/** The bible as Markdown: summary line, identity block, appearance, story, view prompts. */
export const renderBibleMarkdown = (bible: CharacterBible, views: readonly ViewPrompt[]): string => {
  const summary = [
    bible.role.charAt(0).toUpperCase() + bible.role.slice(1),
    bible.age,
    bible.gender,
    bible.pronouns && `(${bible.pronouns})`,
    bible.actor && `played by ${bible.actor}`,
  ].filter((part) => part !== '');
  const lines = [`# ${bible.name || 'UNNAMED CHARACTER'}`, '', summary.join(' · ')];
  if (bible.aliases.length > 0) lines.push('', `Also called: ${bible.aliases.join(', ')}`);
  lines.push('', '## Identity block', '', bible.identityBlock ? `> ${bible.identityBlock}` : '_No appearance given yet._');
  lines.push('', `_Source: ${bible.identityBlockSource === 'override' ? 'written by hand' : 'built from the appearance'}._`);

  const appearance = appearanceLabels.filter(([key]) => bible.appearance[key]);
  if (appearance.length > 0) {
    lines.push('', '## Appearance', '', '| Feature | Description |', '| --- | --- |');
    for (const [key, label] of appearance) lines.push(`| ${label} | ${cell(bible.appearance[key] ?? '')} |`);
  }
  for (const [title, text] of [['Personality', bible.personality], ['Biography', bible.bio], ['Voice', bible.voice]] as const) {
    if (text) lines.push('', `## ${title}`, '', text);
  }
  if (bible.negative) lines.push('', '## Never show', '', bible.negative);
  lines.push('', '## Sheet prompts', '', '| View | Seed | Prompt |', '| --- | ---: | --- |');
  for (const view of views) lines.push(`| ${viewLabels[view.view]} | ${view.seed} | ${cell(view.positive)} |`);
  return `${lines.join('\n')}\n`;
};
