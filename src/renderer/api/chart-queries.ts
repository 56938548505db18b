// Server state for the bedside screens: the session chart, the room board, settings, the main side's clock, and
// every charting command (each answers the chart as it now stands, which replaces the cached one).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Contract } from '../../shared/contract';
import type { CommandResult } from '../../shared/contract/chart.contract';
import type { RequestOf } from '../../shared/contract/envelope';
import { api, unwrap } from './client';
import { noteMainTime } from './main-clock';
import { keys } from './queries';

export const chartKeys = {
  chart: (sessionId: string) => ['chart', sessionId] as const,
  board: ['board'] as const,
  settings: ['settings'] as const,
  clock: ['clock'] as const,
};

/** The board is re-read on every write and every 20 s; between reads the timers tick on locally. */
export const BOARD_REFRESH_MS = 20_000;

/** Reads a value that carries the main side's `now`, and re-syncs the on-screen clock from it. */
const withNow = async <T extends { now: string }>(pending: Promise<T>): Promise<T> => {
  const value = await pending;
  noteMainTime(value.now);
  return value;
};

export const useChart = (sessionId: string) =>
  useQuery({
    queryKey: chartKeys.chart(sessionId),
    queryFn: () => withNow(unwrap(api.sessions.chart({ sessionId }))),
    refetchInterval: BOARD_REFRESH_MS,
  });

export const useBoard = () =>
  useQuery({ queryKey: chartKeys.board, queryFn: () => withNow(unwrap(api.board.get({}))), refetchInterval: BOARD_REFRESH_MS });

export const useSettings = () => useQuery({ queryKey: chartKeys.settings, queryFn: () => unwrap(api.settings.get({})) });

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestOf<Contract['settings']['update']>) => unwrap(api.settings.update(input)),
    onSuccess: (view) => {
      client.setQueryData(chartKeys.settings, view);
      void client.invalidateQueries({ queryKey: chartKeys.board });
    },
  });
}

type Charting = Contract['charting'];
export type CommandName = keyof Charting;
export type CommandInput<N extends CommandName> = RequestOf<Charting[N]>;

/**
 * One hook for every charting command: the answer's chart replaces the cached chart (no second read), and the
 * board is re-read so the room sees the change.
 */
export function useCommand<N extends CommandName>(name: N) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CommandInput<N>) => {
      const call = api.charting[name] as unknown as (input: CommandInput<N>) => ReturnType<typeof api.charting.screen>;
      return unwrap(call(input)) as Promise<CommandResult>;
    },
    onSuccess: (result) => {
      noteMainTime(result.chart.now);
      client.setQueryData(chartKeys.chart(result.chart.session.id), result.chart);
      void client.invalidateQueries({ queryKey: chartKeys.board });
      void client.invalidateQueries({ queryKey: chartKeys.clock });
    },
  });
}

/** vitals:record answers the entry, not the chart: re-read the chart (which also shows any alert it raised). */
export function useRecordVitalsForChart(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestOf<Contract['vitals']['record']>) => unwrap(api.vitals.record(input)),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: chartKeys.chart(sessionId) });
      void client.invalidateQueries({ queryKey: keys.sessionVitals(sessionId) });
      void client.invalidateQueries({ queryKey: chartKeys.board });
      void client.invalidateQueries({ queryKey: chartKeys.clock });
    },
  });
}
