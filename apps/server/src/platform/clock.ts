/** The current time, injectable so that deadlines can be tested on chosen dates. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
