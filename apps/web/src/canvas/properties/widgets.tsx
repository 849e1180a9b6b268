import { useState, type KeyboardEvent } from 'react';
import { X } from 'lucide-react';
import type { FieldSpec } from './form-spec.js';
import { useDraft } from './draft.js';

/*
 * One control per x-widget. Each receives the document value and `commit`, which
 * validates and writes (returning an error message or null); each keeps its own draft.
 */

export interface WidgetProps<S extends FieldSpec = FieldSpec> {
  spec: S;
  value: unknown;
  commit(value: unknown): string | null;
  describedBy: string;
  onError(message: string | null): void;
}

type Spec<W extends FieldSpec['widget']> = Extract<FieldSpec, { widget: W }>;

const asText = (value: unknown) => (typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value));
const sameText = (draft: string, value: unknown) => draft === asText(value);

export const TextWidget = ({ spec, value, commit, describedBy, onError }: WidgetProps<Spec<'text' | 'textarea' | 'script' | 'combo'>>) => {
  const { draft, setDraft, error, setError } = useDraft(value, asText, sameText);
  const uppercase = 'uppercase' in spec && spec.uppercase;
  const change = (raw: string) => {
    const next = uppercase ? raw.toUpperCase() : raw;
    setDraft(next);
    const message = commit(next);
    setError(message);
    onError(message);
  };
  const common = {
    id: spec.inputId,
    value: draft,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    spellCheck: spec.widget === 'script' || spec.widget === 'textarea',
  } as const;
  if (spec.widget === 'textarea' || spec.widget === 'script') {
    return (
      <textarea
        {...common}
        className={`input textarea${spec.widget === 'script' ? ' textarea--script' : ''}`}
        rows={spec.widget === 'script' ? 12 : 3}
        onChange={(event) => change(event.target.value)}
      />
    );
  }
  const listId = spec.widget === 'combo' ? `${spec.inputId}-suggestions` : undefined;
  return (
    <>
      <input {...common} className="input" type="text" autoComplete="off" list={listId} onChange={(event) => change(event.target.value)} />
      {spec.widget === 'combo' && (
        <datalist id={listId}>
          {spec.suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
    </>
  );
};

export const SelectWidget = ({ spec, value, commit, describedBy, onError }: WidgetProps<Spec<'select'>>) => {
  const current = asText(value);
  const known = spec.options.some((option) => option.value === current);
  return (
    <select
      id={spec.inputId}
      className="input select"
      value={current}
      aria-describedby={describedBy}
      onChange={(event) => onError(commit(event.target.value))}
    >
      {!known && <option value={current}>{current || '—'}</option>}
      {spec.options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
};

const formatNumber = (value: unknown) => (typeof value === 'number' ? String(value) : '');
const parseNumber = (draft: string): number | null | typeof Number.NaN => {
  const trimmed = draft.trim().replace(',', '.');
  return trimmed === '' ? null : Number(trimmed);
};

export const NumberWidget = ({ spec, value, commit, describedBy, onError }: WidgetProps<Spec<'number'>>) => {
  const { draft, setDraft, error, setError } = useDraft(value, formatNumber, (d, v) => Object.is(parseNumber(d), v ?? null));
  const change = (raw: string) => {
    setDraft(raw);
    const parsed = parseNumber(raw);
    const message =
      parsed === null
        ? spec.nullable
          ? commit(null)
          : 'Enter a number'
        : Number.isNaN(parsed)
          ? 'Must be a number'
          : commit(parsed);
    setError(message);
    onError(message);
  };
  return (
    <input
      id={spec.inputId}
      className="input input--number"
      type="text"
      inputMode={spec.integer ? 'numeric' : 'decimal'}
      autoComplete="off"
      value={draft}
      placeholder={spec.nullable ? 'Auto' : undefined}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy}
      onChange={(event) => change(event.target.value)}
    />
  );
};

export const TagsWidget = ({ spec, value, commit, describedBy, onError }: WidgetProps<Spec<'tags'>>) => {
  const tags = Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : [];
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const report = (message: string | null) => {
    setError(message);
    onError(message);
  };
  const add = () => {
    const tag = draft.trim().replace(/,$/, '').trim();
    if (!tag) return;
    if (tags.includes(tag)) {
      setDraft('');
      return report(null);
    }
    const message = commit([...tags, tag]);
    report(message);
    if (!message) setDraft('');
  };
  const remove = (index: number) => report(commit(tags.filter((_, i) => i !== index)));
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) remove(tags.length - 1);
  };
  return (
    <div className={`tags-input${error ? ' has-error' : ''}`}>
      {tags.map((tag, index) => (
        <span key={`${tag}-${index}`} className="tag">
          {tag}
          <button type="button" className="tag__remove" aria-label={`Remove ${tag}`} onClick={() => remove(index)}>
            <X size={11} />
          </button>
        </span>
      ))}
      <input
        id={spec.inputId}
        className="tags-input__field"
        value={draft}
        placeholder={tags.length === 0 ? 'Add…' : ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={add}
      />
    </div>
  );
};

const HEX = /^#[0-9a-fA-F]{6}$/;

export const ColorWidget = ({ spec, value, commit, describedBy, onError }: WidgetProps<Spec<'color'>>) => {
  const { draft, setDraft, error, setError } = useDraft(value, asText, sameText);
  const change = (raw: string) => {
    const next = raw.trim();
    setDraft(next);
    const message = next === '' && spec.nullable ? commit(null) : commit(next);
    setError(message);
    onError(message);
  };
  return (
    <div className="color-input">
      <input
        type="color"
        className="color-input__swatch"
        value={HEX.test(draft) ? draft : '#000000'}
        aria-label={`${spec.label} picker`}
        onChange={(event) => change(event.target.value)}
      />
      <input
        id={spec.inputId}
        className="input input--mono"
        value={draft}
        placeholder={spec.nullable ? 'Type accent' : '#rrggbb'}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => change(event.target.value)}
      />
      {spec.nullable && draft !== '' && (
        <button type="button" className="icon-button icon-button--small" aria-label={`Clear ${spec.label}`} onClick={() => change('')}>
          <X size={13} />
        </button>
      )}
    </div>
  );
};
