import type { Context, MiddlewareHandler } from 'hono';

/**
 * One job of the middleware every request passes (request id, logging, headers…), split
 * into what it does before the rest of the chain and after it, so several run as one
 * middleware ({@link edge}): one async frame and one `await next()` per request instead of
 * one each. `before` must not throw (nothing here refuses a request); its result is handed
 * to `after`.
 */
export interface Stage<State = unknown> {
  before?(c: Context): State;
  /** Runs the rest of the chain — later stages' `before`s excepted, every `after` included — inside it (a trace context). */
  around?(c: Context, state: State, rest: () => Promise<void>): Promise<void>;
  after?(c: Context, state: State): void | Promise<void>;
}

/** A stage as a middleware of its own (tests, and anywhere a single one is wanted). */
export const stageMiddleware = <State>(stage: Stage<State>): MiddlewareHandler => edge([stage as Stage]);

/**
 * Stages run as one middleware, in the order a chain of their middlewares would: every
 * `before` first to last, the rest of the chain, every `after` last to first. At most one
 * stage may have `around`; it wraps the chain and every `after`, as the outermost of them did.
 */
export function edge(stages: readonly Stage[]): MiddlewareHandler {
  const arounds = stages.filter((stage) => stage.around);
  if (arounds.length > 1) throw new Error('edge: at most one stage may wrap the chain');
  const wrapper = arounds[0];
  const wrapperIndex = wrapper ? stages.indexOf(wrapper) : -1;
  // Only stages after the wrapper may have an `after`: it could not run inside the wrap otherwise.
  if (stages.some((stage, index) => stage.after && index < wrapperIndex)) throw new Error('edge: a stage before the wrapping one cannot have an after');
  const last = stages.length - 1;
  return async function edgeMiddleware(c, next) {
    const states: unknown[] = new Array(stages.length);
    for (let index = 0; index <= last; index += 1) states[index] = stages[index]!.before?.(c);
    const rest = async () => {
      await next();
      for (let index = last; index >= 0; index -= 1) {
        const done = stages[index]!.after?.(c, states[index]);
        if (done) await done;
      }
    };
    if (wrapper) await wrapper.around!(c, states[wrapperIndex], rest);
    else await rest();
  };
}
