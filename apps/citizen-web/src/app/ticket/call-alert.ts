/**
 * What a phone does when its ticket is called, besides the words: a vibration where the device has one,
 * and a short beep made by WebAudio (no sound file). Both may be refused (no user gesture yet, no
 * vibrator, muted): then the ARIA live text and the screen are the call.
 */
export function alertCalled(): void {
  try {
    navigator.vibrate?.([300, 150, 300]);
  } catch {
    // no vibration here
  }
  try {
    const Context =
      window.AudioContext ??
      (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Context) return;
    const ctx = new Context();
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = 880;
    gain.gain.setValueAtTime(0.2, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + 0.6);
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.6);
    osc.onended = () => void ctx.close();
  } catch {
    // no sound here
  }
}
