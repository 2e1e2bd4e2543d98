import { DomainError } from '../errors.ts';

/**
 * A lifecycle is a table: for each event, the states it may start from and the state it leads to.
 * `move` answers the next state or throws `illegal-transition` naming what was attempted.
 */
export type Lifecycle<S extends string, E extends string> = Readonly<
  Record<E, { readonly from: readonly S[]; readonly to: S }>
>;

export const move = <S extends string, E extends string>(
  name: string,
  lifecycle: Lifecycle<S, E>,
  state: S,
  event: E,
): S => {
  const rule = lifecycle[event];
  if (!rule.from.includes(state)) {
    throw new DomainError('illegal-transition', `A ${name} that is ${state} cannot ${event}.`, {
      state,
      event,
    });
  }
  return rule.to;
};

/** The states an event may start from: what a conditional write must check. */
export const statesAllowing = <S extends string, E extends string>(
  lifecycle: Lifecycle<S, E>,
  event: E,
): readonly S[] => lifecycle[event].from;
