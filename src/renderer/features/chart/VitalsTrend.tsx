// The vitals trend (Recharts): systolic, diastolic, heart rate and SpO2 over the session, with the clinic's alert
// thresholds from settings drawn as dashed reference lines. Colours follow the theme (3:1 against the background).
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useSettings } from '../../api/chart-queries';
import { useSessionVitals } from '../../api/queries';
import { formatTime } from '../../components/format';
import { useTheme } from '../theme/theme';

const PALETTE = {
  normal: { systolic: '#b3261e', diastolic: '#7a4a00', heartRate: '#0b5cad', spo2: '#1d6b36', grid: '#c5ced6', text: '#14202b' },
  dim: { systolic: '#ff8a8a', diastolic: '#ffc46b', heartRate: '#6fb0f0', spo2: '#7fd69a', grid: '#34414d', text: '#d9e1e8' },
} as const;

export function VitalsTrend({ sessionId }: { readonly sessionId: string }) {
  const vitals = useSessionVitals(sessionId);
  const settings = useSettings();
  const colours = PALETTE[useTheme()];
  const data = (vitals.data ?? []).map((v) => ({ time: formatTime(v.recordedAt), systolic: v.systolic, diastolic: v.diastolic, heartRate: v.heartRate, spo2: v.spo2 }));
  const s = settings.data?.values;
  return (
    <section className="card" aria-labelledby="trend-heading">
      <h2 id="trend-heading">Vitals trend</h2>
      {data.length === 0 ? (
        <p className="muted">The trend appears after the first vitals set.</p>
      ) : (
        <div className="trend" role="img" aria-label={`Vitals trend, ${data.length} sets; the table below lists every value`}>
          <ResponsiveContainer width="100%" height={260}>
            <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid stroke={colours.grid} strokeDasharray="3 3" />
              <XAxis dataKey="time" stroke={colours.text} tick={{ fill: colours.text }} />
              <YAxis domain={[40, 200]} stroke={colours.text} tick={{ fill: colours.text }} />
              <Tooltip />
              <Legend wrapperStyle={{ color: colours.text }} />
              {s ? (
                <>
                  <ReferenceLine y={s.alertSystolicAtOrAbove} stroke={colours.systolic} strokeDasharray="6 4" label={{ value: `SYS ${s.alertSystolicAtOrAbove}`, fill: colours.text, position: 'insideTopLeft' }} />
                  <ReferenceLine y={s.alertDiastolicAtOrAbove} stroke={colours.diastolic} strokeDasharray="6 4" label={{ value: `DIA ${s.alertDiastolicAtOrAbove}`, fill: colours.text, position: 'insideTopLeft' }} />
                  <ReferenceLine y={s.alertHeartRateAbove} stroke={colours.heartRate} strokeDasharray="6 4" label={{ value: `HR ${s.alertHeartRateAbove}`, fill: colours.text, position: 'insideBottomRight' }} />
                  <ReferenceLine y={s.alertSpo2Below} stroke={colours.spo2} strokeDasharray="6 4" label={{ value: `SpO2 ${s.alertSpo2Below}`, fill: colours.text, position: 'insideBottomRight' }} />
                </>
              ) : null}
              <Line type="monotone" dataKey="systolic" name="Systolic" stroke={colours.systolic} strokeWidth={2} isAnimationActive={false} />
              <Line type="monotone" dataKey="diastolic" name="Diastolic" stroke={colours.diastolic} strokeWidth={2} isAnimationActive={false} />
              <Line type="monotone" dataKey="heartRate" name="Heart rate" stroke={colours.heartRate} strokeWidth={2} isAnimationActive={false} />
              <Line type="monotone" dataKey="spo2" name="SpO2" stroke={colours.spo2} strokeWidth={2} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </section>
  );
}
