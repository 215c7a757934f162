import type { Prepare } from '../access/matrix-fixture.ts';
import { counsellingMatrix } from './counselling/matrix.ts';
import { distributionsMatrix } from './distributions/matrix.ts';
import { hesitancyMatrix } from './hesitancy/matrix.ts';
import { homeVisitsMatrix } from './home-visits/matrix.ts';
import { pregnanciesMatrix } from './pregnancies/matrix.ts';
import { reportingMatrix } from './reporting/matrix.ts';
import { tasksMatrix } from './tasks/matrix.ts';
import { vaccinationMatrix } from './vaccination/matrix.ts';
import { vouchersMatrix } from './vouchers/matrix.ts';

export interface MatrixPart {
  /** Who gets what from each route: the cells as in `access/matrix.test.ts`. */
  expected: Record<string, string>;
  /** A valid request per route, aimed at a target, so that only access decides the answer. */
  requests: Record<string, Prepare>;
}

const parts: MatrixPart[] = [
  vaccinationMatrix,
  hesitancyMatrix,
  counsellingMatrix,
  distributionsMatrix,
  vouchersMatrix,
  reportingMatrix,
  homeVisitsMatrix,
  pregnanciesMatrix,
  tasksMatrix,
];

/** The access table's rows for the routes of health outreach. */
export const outreachMatrix: MatrixPart = {
  expected: Object.assign({}, ...parts.map((p) => p.expected)),
  requests: Object.assign({}, ...parts.map((p) => p.requests)),
};
