import { createContext, useContext, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';

/**
 * Level of detail by zoom. Below `LOW_DETAIL_ZOOM` a card's text is too small to read and
 * its few dozen elements cost Chromium most of each frame to style, lay out and paint, so
 * cards switch to a one-element card (NodeCardCompact). The level is a bucket, not the
 * zoom: one selector on React Flow's store, and cards re-render only when it changes.
 */
export type DetailLevel = 'full' | 'low';

export const LOW_DETAIL_ZOOM = 0.5;

/**
 * Below this zoom a port handle is under 4 px across, too small to aim at: CSS stops
 * painting handles (they keep their place, so wires keep their ends, and they show again
 * while a wire is being dragged). CSS only, through `data-lod="far"`: no card re-renders.
 */
export const FAR_ZOOM = 0.25;

const selectDetailLevel = (state: ReactFlowState): DetailLevel => (state.transform[2] < LOW_DETAIL_ZOOM ? 'low' : 'full');
const selectFar = (state: ReactFlowState) => state.transform[2] < FAR_ZOOM;

const DetailLevelContext = createContext<DetailLevel>('full');

/** The zoom bucket the cards draw at. */
export const useDetailLevel = () => useContext(DetailLevelContext);

/**
 * Provides the detail level to the cards under `children` (they are created by the
 * parent, so a change re-renders the cards and nothing else), mirrors it on the wrapper as
 * `data-lod` for CSS ("far" below FAR_ZOOM), and re-measures the handles of the mounted nodes when it changes:
 * the two cards place their handles differently, and React Flow re-measures a node by
 * itself only when its size changes or it mounts.
 */
export const DetailLevelProvider = ({ wrapperRef, children }: { wrapperRef: RefObject<HTMLElement | null>; children: ReactNode }) => {
  const level = useStore(selectDetailLevel);
  const far = useStore(selectFar);
  const store = useStoreApi();
  const drawn = useRef<DetailLevel | null>(null);

  useLayoutEffect(() => {
    const wrapper = wrapperRef.current;
    if (wrapper) wrapper.dataset['lod'] = far ? 'far' : level;
  }, [far, level, wrapperRef]);

  useLayoutEffect(() => {
    const previous = drawn.current;
    drawn.current = level;
    if (previous === null || previous === level) return;
    const { domNode, updateNodeInternals } = store.getState();
    const updates = new Map<string, { id: string; nodeElement: HTMLDivElement; force: boolean }>();
    for (const element of domNode?.querySelectorAll<HTMLDivElement>('.react-flow__node') ?? []) {
      const id = element.dataset['id'];
      if (id) updates.set(id, { id, nodeElement: element, force: true });
    }
    if (updates.size > 0) updateNodeInternals(updates, { triggerFitView: false });
  }, [level, store]);

  return <DetailLevelContext.Provider value={level}>{children}</DetailLevelContext.Provider>;
};
