import { REMOVED_FROM_SCRIPT_TAG } from '@pc/screenplay';
import { plural } from '../../ui/format.js';
import type { NamedNode, ReimportPreview } from './reimport-preview.js';

/** Long lists stop here: a 120-page draft can add a hundred scenes. */
const SHOWN = 40;

const More = ({ count }: { count: number }) => (count > SHOWN ? <li className="muted">and {count - SHOWN} more</li> : null);

const NodeList = ({ nodes }: { nodes: readonly NamedNode[] }) => (
  <ul className="reimport-preview__list">
    {nodes.slice(0, SHOWN).map((node) => (
      <li key={node.id}>
        <span className="reimport-preview__type">{node.typeLabel}</span> {node.title}
      </li>
    ))}
    <More count={nodes.length} />
  </ul>
);

/**
 * What a re-import would do, section by section: added, updated (field: before → after),
 * no longer in the script (kept, tagged), and what stays as it is.
 */
export const ReimportPreviewList = ({ preview }: { preview: ReimportPreview }) => {
  const { report, added, updated, flagged, kept, links } = preview;
  const warnings = report.warnings.filter((warning) => warning.code !== 'scene_removed_from_script');
  if (report.scenes === 0) {
    return (
      <div className="reimport-preview" data-testid="reimport-preview">
        <p className="reimport-preview__refusal" data-testid="reimport-no-scenes" role="alert">
          {preview.refusal ?? 'This text has no scene headings (INT. / EXT.), so it is not a draft of the screenplay: nothing can be applied.'}
        </p>
      </div>
    );
  }
  return (
    <div className="reimport-preview" data-testid="reimport-preview" aria-live="polite">
      <p className="reimport-preview__found">
        {report.title ? `“${report.title}”: ` : 'This draft: '}
        {plural(report.scenes, 'scene')}, {plural(report.characters, 'character')}, {plural(report.locations, 'location')}
        {report.shots > 0 ? `, ${plural(report.shots, 'shot')}` : ''}.
      </p>
      {preview.unchanged && <p data-testid="reimport-unchanged">The graph already matches this draft: nothing would change.</p>}
      {added.length > 0 && (
        <section data-testid="reimport-added">
          <h3 className="reimport-preview__heading">Adds {added.length}</h3>
          <NodeList nodes={added} />
        </section>
      )}
      {updated.length > 0 && (
        <section data-testid="reimport-updated">
          <h3 className="reimport-preview__heading">Updates {updated.length} from the script</h3>
          <ul className="reimport-preview__list">
            {updated.slice(0, SHOWN).map((node) => (
              <li key={node.id}>
                <span className="reimport-preview__type">{node.typeLabel}</span> {node.title}
                <ul className="reimport-preview__fields">
                  {node.fields.map((field) => (
                    <li key={field.field}>
                      {'rewritten' in field ? (
                        `${field.field}: new text`
                      ) : (
                        <>
                          {field.field}: <s>{field.before}</s> → {field.after}
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
            <More count={updated.length} />
          </ul>
        </section>
      )}
      {flagged.length > 0 && (
        <section data-testid="reimport-flagged">
          <h3 className="reimport-preview__heading">No longer in the script: {plural(flagged.length, 'scene')} kept, tagged “{REMOVED_FROM_SCRIPT_TAG}”</h3>
          <NodeList nodes={flagged} />
        </section>
      )}
      {(links.added > 0 || links.replaced > 0) && (
        <p>
          Wires: {links.added} added, {links.replaced} replaced (cast and locations).
        </p>
      )}
      {kept.length > 0 && (
        <section data-testid="reimport-kept">
          <h3 className="reimport-preview__heading">Kept as they are</h3>
          <p>
            {kept.map((entry) => plural(entry.count, entry.typeLabel.toLowerCase())).join(', ')}. On every node, the fields the script does not own (story day,
            notes, casting), its place on the canvas and its wires stay yours.
          </p>
        </section>
      )}
      {warnings.length > 0 && (
        <section data-testid="reimport-warnings">
          <h3 className="reimport-preview__heading">{plural(warnings.length, 'warning')}</h3>
          <ul className="reimport-preview__list">
            {warnings.slice(0, SHOWN).map((warning, index) => (
              <li key={index}>
                {warning.line ? `Line ${warning.line}: ` : ''}
                {warning.message}
              </li>
            ))}
            <More count={warnings.length} />
          </ul>
        </section>
      )}
    </div>
  );
};
