// The guided inversion timer: runs the plan's steps (angle and time), announces each change (polite
// live region; optional speech and chime, off by default), keeps the screen on (Wake Lock) and, at the
// end, fills the session form. Without JavaScript the page still logs sessions.
(() => {
    const timer = document.getElementById('inversion-timer');
    if (!timer) return;
    const plans = { suggested: JSON.parse(timer.dataset.suggested), gentle: JSON.parse(timer.dataset.gentle) };
    // The log records the plan's minutes, even when a try-out runs it faster (below).
    for (const plan of Object.values(plans)) plan.forEach((s) => { s.planned = s.seconds; });
    const $ = (role) => timer.querySelector(`[data-role="${role}"]`);
    const startButton = timer.querySelector('[data-action="start"]');
    const speak = timer.querySelector('[data-option="speak"]');
    const chime = timer.querySelector('[data-option="chime"]');
    let steps = plans.suggested, index = 0, left = steps[0].seconds, ticking = null, lock = null, audio = null;

    const clock = (s) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
    const angleText = (a) => a === 0 ? 'upright' : `${a}°`;
    const show = () => {
        $('angle').textContent = angleText(steps[index].angle);
        $('time').textContent = clock(left);
    };
    const cue = (text) => {
        $('step').textContent = text;
        if (speak.checked && 'speechSynthesis' in window) {
            speechSynthesis.cancel();
            speechSynthesis.speak(new SpeechSynthesisUtterance(text));
        }
        if (chime.checked && (window.AudioContext || window.webkitAudioContext)) {
            audio ??= new (window.AudioContext || window.webkitAudioContext)();
            const tone = audio.createOscillator(), gain = audio.createGain();
            tone.frequency.value = 660;
            gain.gain.setValueAtTime(0.2, audio.currentTime);
            gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.8);
            tone.connect(gain).connect(audio.destination);
            tone.start();
            tone.stop(audio.currentTime + 0.8);
        }
    };
    const minutes = (seconds) => { const m = Math.round(seconds / 60); return `${m} minute${m === 1 ? '' : 's'}`; };
    const announce = () => cue(`${steps[index].label}: ${angleText(steps[index].angle)} for ${minutes(steps[index].planned)}.`);
    const keepAwake = async (on) => {
        try {
            if (on && 'wakeLock' in navigator && !lock) lock = await navigator.wakeLock.request('screen');
            if (!on && lock) { await lock.release(); lock = null; }
        } catch { lock = null; }
    };
    const pause = () => {
        clearInterval(ticking);
        ticking = null;
        startButton.textContent = 'Resume';
        keepAwake(false);
    };
    const finish = () => {
        pause();
        startButton.textContent = 'Start';
        startButton.disabled = true;
        cue('Session done. Log how it went below.');
        const inverted = steps.filter((s) => s.angle > 0);
        const form = document.getElementById('session-form');
        form.querySelector('[name="Input.AngleDegrees"]').value = Math.max(...inverted.map((s) => s.angle));
        form.querySelector('[name="Input.Minutes"]').value = Math.max(1, Math.round(inverted.reduce((t, s) => t + s.planned, 0) / 60));
        form.querySelector('[name="Input.PainAfter"]').focus();
    };
    const tick = () => {
        left -= 1;
        if (left <= 0) {
            index += 1;
            if (index >= steps.length) { index = steps.length - 1; left = 0; show(); finish(); return; }
            left = steps[index].seconds;
            announce();
        }
        show();
    };
    const start = () => {
        if (ticking) { pause(); return; }
        if (startButton.textContent === 'Start') announce();
        startButton.textContent = 'Pause';
        ticking = setInterval(tick, 1000);
        keepAwake(true);
    };
    const reset = () => {
        pause();
        steps = plans[timer.querySelector('input[name="plan"]:checked').value];
        index = 0;
        left = steps[0].seconds;
        startButton.textContent = 'Start';
        startButton.disabled = false;
        $('step').textContent = 'Press Start when you are strapped in and upright.';
        timer.querySelector('[data-test="timer-steps"]').innerHTML = steps
            .map((s) => `<li>${s.label}: ${angleText(s.angle)}, ${Math.round(s.planned / 60)} min</li>`).join('');
        show();
    };
    startButton.addEventListener('click', start);
    timer.querySelector('[data-action="reset"]').addEventListener('click', reset);
    timer.querySelectorAll('input[name="plan"]').forEach((r) => r.addEventListener('change', reset));
    timer.addEventListener('keydown', (e) => {
        if (e.key === ' ' && e.target === timer) { e.preventDefault(); start(); }
    });
    document.addEventListener('visibilitychange', () => { if (ticking && document.visibilityState === 'visible') keepAwake(true); });
    // Tests and a try-out: ?stepSeconds=N makes every step N seconds long.
    const fast = Number(new URLSearchParams(location.search).get('stepSeconds'));
    if (fast > 0) { for (const plan of Object.values(plans)) plan.forEach((s) => { s.seconds = fast; }); reset(); }
    show();
})();
