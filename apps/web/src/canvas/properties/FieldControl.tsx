import { memo, useState } from 'react';
import type { FieldSpec } from './form-spec.js';
import { useFieldCommit } from './use-field-commit.js';
import { getPath } from './validate-field.js';
import { ColorWidget, NumberWidget, SelectWidget, TagsWidget, TextWidget } from './widgets.js';

interface FieldControlProps {
  spec: FieldSpec;
  nodeId: string;
  nodeType: string;
  data: Record<string, unknown>;
}

/** A labelled field: the widget its schema asks for, its hint, and its error. */
export const FieldControl = memo(({ spec, nodeId, nodeType, data }: FieldControlProps) => {
  const commit = useFieldCommit(nodeId, nodeType, spec.path);
  const [error, setError] = useState<string | null>(null);
  const value = getPath(data, spec.path);
  const hintId = `${spec.inputId}-hint`;

  if (spec.widget === 'group') {
    return (
      <fieldset className="field-group">
        <legend className="field-group__legend">{spec.label}</legend>
        {spec.fields.map((child) => (
          <FieldControl key={child.inputId} spec={child} nodeId={nodeId} nodeType={nodeType} data={data} />
        ))}
      </fieldset>
    );
  }

  const widgetProps = { value, commit, describedBy: hintId, onError: setError };
  // Only this widget's own error: commands validate every field they write, so the
  // document holds no invalid value to flag here.
  const shown = error;
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
