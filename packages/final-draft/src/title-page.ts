import type { TitlePageField } from '@pc/fountain';
import type { TitlePageLine } from './types.js';

const CREDIT = /^(?:(?:original )?(?:screenplay|teleplay|story|written|script)?\s*by|(?:screenplay|teleplay|story|written|script) by\b.*)$/i;
const CREDIT_WITH_AUTHOR = /^((?:(?:original )?(?:screenplay|teleplay|story|written|script) )?by)\s+(\S.*)$/i;
const SOURCE = /^(?:based on|adapted from|inspired by)\b/i;
const DRAFT = /\b(?:draft|revis(?:ed|ion)|(?:19|20)\d\d)\b|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/i;

/**
 * Lines grouped as the page shows them: an empty paragraph, or a change of alignment, starts a
 * new group; so does a credit line ("Written by") and the line after it, for a page typed
 * without blank lines, where the credit is what parts the title from the author.
 */
const groups = (lines: readonly TitlePageLine[]): TitlePageLine[] => {
  const found: TitlePageLine[] = [];
  let open: TitlePageLine | undefined;
  for (const line of lines) {
    const text = line.text.trim();
    const afterCredit = open !== undefined && CREDIT.test(open.text.split('\n').at(-1)!);
    if (text === '') open = undefined;
    else if (open && open.alignment === line.alignment && !CREDIT.test(text) && !afterCredit) open.text = `${open.text}\n${text}`;
    else found.push((open = { text, alignment: line.alignment }));
  }
  return found;
};

/**
 * Reads a Final Draft title page as Fountain's title page fields. Final Draft stores it as
 * free paragraphs, so the fields are read from their order and alignment the way every
 * template lays them out: the first centred group is the Title; "Written by" (or "by",
 * "Teleplay by"…) is the Credit and the next group the Author; "Based on…" the Source;
 * a left or right group with a date or "draft" the Draft date; other side groups Contact.
 */
export const readTitlePageFields = (lines: readonly TitlePageLine[]): TitlePageField[] => {
  const fields: TitlePageField[] = [];
  const add = (key: string, value: string) => {
    const known = fields.find((field) => field.key === key);
    if (known) known.value = `${known.value}\n${value}`;
    else fields.push({ key, value });
  };
  let expectAuthor = false;
  for (const group of groups(lines)) {
    const firstLine = group.text.split('\n')[0]!;
    if (group.alignment !== 'center') add(DRAFT.test(group.text) && !group.text.includes('@') ? 'Draft date' : 'Contact', group.text);
    else if (!fields.some((field) => field.key === 'Title')) fields.unshift({ key: 'Title', value: group.text });
    else if (CREDIT.test(firstLine)) {
      const withAuthor = CREDIT_WITH_AUTHOR.exec(firstLine);
      add('Credit', withAuthor ? withAuthor[1]! : firstLine);
      const rest = [withAuthor?.[2], ...group.text.split('\n').slice(1)].filter((line): line is string => line !== undefined);
      if (rest.length > 0) add('Author', rest.join('\n'));
      expectAuthor = rest.length === 0;
      continue;
    } else if (expectAuthor) add('Author', group.text);
    else if (SOURCE.test(group.text)) add('Source', group.text);
    else if (DRAFT.test(group.text)) add('Draft date', group.text);
    else add('Notes', group.text);
    expectAuthor = false;
  }
  return fields;
};
