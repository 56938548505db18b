// An optional soft chime when a new alert opens: off unless the clinic's `alertChime` setting is 1, because nothing
// should sound near a dissociating patient by default. Each alert chimes once per page, however often it is shown.
import { useEffect } from 'react';
import { useSettings } from '../../api/chart-queries';

const chimed = new Set<string>();

function playChime(): void {
  const AudioContextClass = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!AudioContextClass) return;
  const audio = new AudioContextClass();
  const tone = audio.createOscillator();
  const gain = audio.createGain();
  tone.type = 'sine';
  tone.frequency.value = 660;
  gain.gain.setValueAtTime(0.0001, audio.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.15, audio.currentTime + 0.05);
  gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.6);
  tone.connect(gain).connect(audio.destination);
  tone.start();
  tone.stop(audio.currentTime + 0.65);
  tone.onended = () => void audio.close();
}

export function useAlertChime(openAlertIds: readonly string[]): void {
  const enabled = useSettings().data?.values.alertChime === 1;
  // Keyed by the ids' text, so a new array holding the same alerts does not run the effect again.
  const key = openAlertIds.join(',');
  useEffect(() => {
    const fresh = key.split(',').filter((id) => id && !chimed.has(id));
    fresh.forEach((id) => chimed.add(id));
    if (enabled && fresh.length > 0) playChime();
  }, [key, enabled]);
}
