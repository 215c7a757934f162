import type { CounsellingTables } from './counselling/tables.ts';
import type { DistributionsTables } from './distributions/tables.ts';
import type { HesitancyTables } from './hesitancy/tables.ts';
import type { HomeVisitsTables } from './home-visits/tables.ts';
import type { PregnanciesTables } from './pregnancies/tables.ts';
import type { ReportingTables } from './reporting/tables.ts';
import type { TasksTables } from './tasks/tables.ts';
import type { VaccinationTables } from './vaccination/tables.ts';
import type { VouchersTables } from './vouchers/tables.ts';

/** The tables of health outreach (migrations 0004 on). */
export interface OutreachTables
  extends VaccinationTables,
    HesitancyTables,
    CounsellingTables,
    HomeVisitsTables,
    PregnanciesTables,
    DistributionsTables,
    VouchersTables,
    TasksTables,
    ReportingTables {}
