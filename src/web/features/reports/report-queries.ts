import { useQuery } from '@tanstack/react-query';
import type { ReportGrouping } from '../../../contracts/report-vocabulary';
import type { ProgrammeReportBody } from '../../../contracts/reports';
import { api, withQuery } from '../../api/client';

export interface ReportParams {
  from: string;
  to: string;
  by: ReportGrouping;
  lang: string;
}

/** The programme report for a period and grouping (funder: small counts hidden; docs/reports.md). */
export function useProgrammeReport(params: ReportParams) {
  return useQuery({
    queryKey: ['programme-report', params],
    queryFn: () => api.get<ProgrammeReportBody>(withQuery('/api/reports/programme', { ...params })),
  });
}

/** The same report as a file (the browser downloads it). */
export function reportDownloadHref(params: ReportParams, format: 'csv' | 'xlsx'): string {
  return withQuery('/api/reports/programme/download', { ...params, format });
}
