/**
 * The trace benchmark's sums (tools/bench/loads.ts): CPU time per event, each counted once, the
 * isolated world's set-up apart from the script's evaluation, and long tasks by wall time.
 */
import { describe, expect, it } from 'vitest';
import { countLoadCpu, type TraceEvent } from '../../tools/bench/loads';

const at = (name: string, ts: number, dur: number, tdur?: number, tid = 1): TraceEvent => ({ name, ph: 'X', ts, dur, tdur, pid: 7, tid });

describe('CPU per load from a trace', () => {
  const events: TraceEvent[] = [
    at('ScriptInjection::InjectJs', 0, 3000, 2000),
    // The script's evaluation, with the isolated world made inside it (set-up, not evaluation).
    at('EvaluateScript', 5000, 10_000, 6000),
    at('LocalWindowProxy::Initialize', 5100, 1500, 1000),
    at('v8.compile', 5200, 2000, 1500),
    // A task of 70 ms wall that holds a callback: one long task, though its CPU time is 30 ms.
    at('ThreadControllerImpl::RunTask', 100_000, 70_000, 31_000),
    at('TimerFire', 100_500, 65_000, 30_000),
    at('RunMicrotasks', 200_000, 2000, 1000),
    // Another thread's work is not the page's.
    at('FunctionCall', 300_000, 9000, 9000, 2),
  ];

  it('counts CPU time, not wall time, each event once', () => {
    const load = countLoadCpu(events);
    expect(load.setupMs).toBeCloseTo(3);
    expect(load.evaluateMs).toBeCloseTo(5);
    expect(load.startupMs).toBeCloseTo(5);
    expect(load.callbacksMs).toBeCloseTo(31);
    expect(load.totalMs).toBeCloseTo(39);
  });

  it('takes the wall duration where an event has no CPU time', () => {
    const load = countLoadCpu([at('ScriptInjection::InjectJs', 0, 3000, 2000), at('FunctionCall', 10_000, 4000)]);
    expect(load.totalMs).toBeCloseTo(6);
  });

  it('finds long tasks by their wall time', () => {
    const load = countLoadCpu(events);
    expect(load.longTasks).toBe(1);
    expect(load.longestTaskMs).toBeCloseTo(70);
  });
});
