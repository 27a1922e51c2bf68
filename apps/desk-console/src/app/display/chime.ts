const SOUND_KEY = 'facile.display.sound';

export const soundEnabled = () => {
  try {
    return localStorage.getItem(SOUND_KEY) === 'on';
  } catch {
    return false;
  }
};

export const rememberSound = () => {
  try {
    localStorage.setItem(SOUND_KEY, 'on');
  } catch {
    // private mode: sound stays on for this page only
  }
};

/** Two soft tones generated with WebAudio (no audio file). */
export function chime() {
  const Context = window.AudioContext;
  if (!Context) return;
  const ctx = new Context();
  [660, 880].forEach((frequency, i) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = frequency;
    const start = ctx.currentTime + i * 0.35;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.3, start + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.6);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start);
    osc.stop(start + 0.65);
  });
  window.setTimeout(() => void ctx.close(), 1500);
}
