import { memo, useState } from 'react';
import type { ValidationIssue } from '@pc/graph';
import type { FieldSpec } from './form-spec.js';
import { useFieldCommit } from './use-field-commit.js';
import { getPath } from './validate-field.js';
import { ColorWidget, NumberWidget, SelectWidget, TagsWidget, TextWidget } from './widgets.js';

interface FieldControlProps {
  spec: FieldSpec;
  nodeId: string;
  nodeType: string;
  data: Record<string, unknown>;
  /** Graph validation issues about this field (an invalid value that came from elsewhere). */
  issues: readonly ValidationIssue[];
}

/** A labelled field: the widget its schema asks for, its hint, and its error. */
export const FieldControl = memo(({ spec, nodeId, nodeType, data, issues }: FieldControlProps) => {
  const commit = useFieldCommit(nodeId, nodeType, spec.path);
  const [error, setError] = useState<string | null>(null);
  const value = getPath(data, spec.path);
  const hintId = `${spec.inputId}-hint`;

  if (spec.widget === 'group') {
    return (
      <fieldset className="field-group">
        <legend className="field-group__legend">{spec.label}</legend>
        {spec.fields.map((child) => (
          <FieldControl key={child.inputId} spec={child} nodeId={nodeId} nodeType={nodeType} data={data} issues={issues} />
        ))}
      </fieldset>
    );
  }

  const widgetProps = { value, commit, describedBy: hintId, onError: setError };
  const shown = error ?? issues.find((issue) => issue.path[2] === 'data' && spec.path.every((key, i) => issue.path[3 + i] === key))?.message ?? null;
  return (
    <div className={`field field--${spec.widget}${shown ? ' has-error' : ''}`}>
      <label className="field__label" htmlFor={spec.inputId}>
        {spec.label}
      </label>
      {spec.widget === 'select' ? (
        <SelectWidget spec={spec} {...widgetProps} />
      ) : spec.widget === 'number' ? (
        <NumberWidget spec={spec} {...widgetProps} />
      ) : spec.widget === 'tags' ? (
        <TagsWidget spec={spec} {...widgetProps} />
      ) : spec.widget === 'color' ? (
        <ColorWidget spec={spec} {...widgetProps} />
      ) : (
        <TextWidget spec={spec} {...widgetProps} />
      )}
      {shown ? (
        <p className="field__error" id={hintId} role="alert">
          {shown}
        </p>
      ) : spec.description ? (
        <p className="field__hint" id={hintId}>
          {spec.description}
        </p>
      ) : null}
    </div>
  );
});
FieldControl.displayName = 'FieldControl';
