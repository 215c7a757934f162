import type { Prepare } from '../access/matrix-fixture.ts';

export interface MatrixPart {
  /** Who gets what from each route: the cells as in `access/matrix.test.ts`. */
  expected: Record<string, string>;
  /** A valid request per route, aimed at a target, so that only access decides the answer. */
  requests: Record<string, Prepare>;
}

/** The access table's rows for the routes of health outreach. */
export const outreachMatrix: MatrixPart = { expected: {}, requests: {} };
