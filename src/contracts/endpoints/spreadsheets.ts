import { defineEndpoint, keyed, rawResponse } from '../endpoint.js';
import { exportQuery, importCommitResponse, importPreviewResponse, importRequest } from '../import.js';

const tags = ['caseload'];

/** The caseload as a spreadsheet, and the import of people from one (preview, then all or none). */
export const spreadsheetEndpoints = keyed(
  defineEndpoint({
    method: 'GET',
    path: '/api/caseload/export',
    tags,
    summary: 'The caseload as XLSX or CSV (audited)',
    query: exportQuery,
    response: rawResponse(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/csv; charset=utf-8',
    ),
    policy: 'caseload.export',
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/people/import/validate',
    tags,
    summary: 'Preview an import: mapping, sample, errors per row',
    body: importRequest,
    response: importPreviewResponse,
    policy: 'people.import',
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/people/import/commit',
    tags,
    summary: 'Import all rows, or none',
    body: importRequest,
    response: importCommitResponse,
    policy: 'people.import',
  }),
);
