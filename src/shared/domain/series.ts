// Where a session sits in the patient's series: "infusion N of M" (M = the acute series setting).
export interface SeriesSession {
  readonly id: string;
  readonly plannedStart: string;
  readonly cancelled: boolean;
}

/** Position counts the patient's sessions not cancelled, by planned start, up to and including this one. */
export function seriesPosition(sessions: readonly SeriesSession[], sessionId: string, acuteSeriesLength: number) {
  const ordered = [...sessions].sort((a, b) => a.plannedStart.localeCompare(b.plannedStart) || a.id.localeCompare(b.id));
  const index = ordered.findIndex((s) => s.id === sessionId);
  const position = ordered.slice(0, index + 1).filter((s) => !s.cancelled || s.id === sessionId).length;
  const label =
    position <= acuteSeriesLength ? `infusion ${position} of ${acuteSeriesLength}` : `infusion ${position} (maintenance, after the ${acuteSeriesLength}-infusion series)`;
  return { position, of: acuteSeriesLength, label };
}
