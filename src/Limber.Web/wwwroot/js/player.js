// The interval player: runs a workout's intervals with a big countdown, the current and next
// exercise, rounds, a progress bar, pause/resume/skip/back, beeps in the last three seconds and
// screen-reader announcements. Without JavaScript the page still lists the intervals and logs the session.
(() => {
    const section = document.getElementById("player");
    const planElement = document.getElementById("workout-plan");
    if (!section || !planElement) return;
    const plan = JSON.parse(planElement.textContent || "[]");
    const steps = [];
    for (const interval of plan) {
        const rounds = Math.max(1, interval.rounds || 1);
        for (let round = 1; round <= rounds; round++) {
            steps.push({ kind: "work", name: interval.exercise, cue: interval.cue || "", seconds: interval.work, round, rounds });
            if (interval.rest > 0) steps.push({ kind: "rest", name: "Rest", cue: "", seconds: interval.rest, round, rounds });
        }
    }
    if (steps.length === 0) return;
    const total = steps.reduce((sum, s) => sum + s.seconds, 0);
    const $ = (role) => section.querySelector(`[data-role=${role}]`);
    const screen = section.querySelector(".player-screen");
    const startButton = section.querySelector("[data-action=start]");
    const pauseButton = section.querySelector("[data-action=pause]");
    let index = 0, remaining = 0, elapsed = 0, timer = null, paused = false, audio = null, wakeLock = null;

    const beep = (frequency, duration) => {
        try {
            audio = audio || new (window.AudioContext || window.webkitAudioContext)();
            const oscillator = audio.createOscillator();
            const gain = audio.createGain();
            oscillator.frequency.value = frequency;
            gain.gain.value = 0.15;
            oscillator.connect(gain).connect(audio.destination);
            oscillator.start();
            oscillator.stop(audio.currentTime + duration);
        } catch { /* no audio: the countdown still shows */ }
    };
    const announce = (text) => { $("announce").textContent = text; };
    const render = () => {
        const step = steps[index];
        const next = steps[index + 1];
        $("phase").textContent = step.kind === "work" ? "Work" : "Rest";
        $("time").textContent = String(remaining);
        $("now").textContent = step.name;
        $("cue").textContent = step.cue;
        $("next").textContent = next ? next.name : "Finish";
        $("round").textContent = `Round ${step.round} of ${step.rounds}`;
        const percent = Math.round(100 * elapsed / total);
        $("bar").style.width = percent + "%";
        section.querySelector("[role=progressbar]").setAttribute("aria-valuenow", String(percent));
        screen.classList.toggle("resting", step.kind === "rest");
    };
    const enter = (i) => {
        index = i;
        remaining = steps[index].seconds;
        const step = steps[index];
        announce(step.kind === "work" ? `${step.name}, ${step.seconds} seconds. Round ${step.round} of ${step.rounds}.` : `Rest, ${step.seconds} seconds.`);
        render();
    };
    const finish = () => {
        clearInterval(timer);
        timer = null;
        $("phase").textContent = "Done!";
        $("time").textContent = "✓";
        $("now").textContent = "Great work.";
        $("next").textContent = "—";
        $("bar").style.width = "100%";
        announce("Workout complete. Press Mark complete to log it.");
        beep(1046, 0.5);
        if (wakeLock) { wakeLock.release().catch(() => {}); wakeLock = null; }
        const form = document.getElementById("log-form");
        if (form) {
            form.querySelector("input[name=SecondsDone]").value = String(Math.max(1, elapsed));
            form.classList.add("ready");
            form.querySelector("button[type=submit]").focus();
        }
    };
    const tick = () => {
        if (paused) return;
        remaining--;
        elapsed++;
        if (remaining > 0 && remaining <= 3) beep(660, 0.12);
        if (remaining <= 0) {
            if (index + 1 >= steps.length) { finish(); return; }
            beep(880, 0.25);
            enter(index + 1);
            return;
        }
        render();
    };
    startButton.addEventListener("click", async () => {
        screen.hidden = false;
        startButton.hidden = true;
        try { wakeLock = await navigator.wakeLock?.request("screen"); } catch { /* not allowed here */ }
        enter(0);
        timer = setInterval(tick, 1000);
        pauseButton.focus();
    });
    pauseButton.addEventListener("click", () => {
        paused = !paused;
        pauseButton.textContent = paused ? "Resume" : "Pause";
        announce(paused ? "Paused" : "Resumed");
    });
    section.querySelector("[data-action=skip]").addEventListener("click", () => {
        if (!timer) return;
        elapsed += remaining;
        if (index + 1 >= steps.length) { remaining = 0; finish(); return; }
        enter(index + 1);
    });
    section.querySelector("[data-action=back]").addEventListener("click", () => {
        if (!timer) return;
        elapsed = Math.max(0, elapsed - (steps[index].seconds - remaining) - (index > 0 ? steps[index - 1].seconds : 0));
        enter(Math.max(0, index - 1));
    });
    document.addEventListener("keydown", (event) => {
        if (!timer || event.target.closest("input, textarea, select")) return;
        if (event.key === " ") { event.preventDefault(); pauseButton.click(); }
        if (event.key === "ArrowRight") section.querySelector("[data-action=skip]").click();
        if (event.key === "ArrowLeft") section.querySelector("[data-action=back]").click();
    });
})();
