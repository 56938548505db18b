// The print feature's server state: the document read model, and the print / PDF / record calls.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PrintDocumentKind, PrintLanguage, PrintOutput } from '../../../shared/contract/print.contract';
import { api, unwrap } from '../../api/client';

export const printKeys = {
  document: (sessionId: string, document: PrintDocumentKind, language: PrintLanguage | 'default') => ['print-document', sessionId, document, language] as const,
};

/** `language` undefined = the patient's preferred language (the answer says which it resolved to). */
export const usePrintDocumentData = (sessionId: string, document: PrintDocumentKind, language?: PrintLanguage) =>
  useQuery({
    queryKey: printKeys.document(sessionId, document, language ?? 'default'),
    queryFn: () => unwrap(api.print.documentData({ sessionId, document, ...(language ? { language } : {}) })),
    // A missing clinic detail is a refusal to show at once, not a glitch to retry.
    retry: false,
    // A printed sheet is always the chart as it stands now, never a cached copy.
    refetchOnMount: 'always',
    staleTime: 0,
  });

export interface PrintRequest {
  readonly sessionId: string;
  readonly document: PrintDocumentKind;
  readonly language: PrintLanguage;
  readonly output: PrintOutput;
}

/** Desktop app: print or save a PDF in one action (the main side renders, prints and records). */
export function useOutputDocument() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: PrintRequest) => unwrap(api.print.output(request)),
    onSuccess: (_result, request) => client.invalidateQueries({ queryKey: ['print-document', request.sessionId] }),
  });
}

/** Browser mode: record the print as the browser's print dialog opens. */
export const recordPrint = (request: PrintRequest) => unwrap(api.print.record(request));
