import { availableParallelism, cpus, platform, release, totalmem } from 'node:os';

/** The machine a run came from, as the README reports it next to the figures. */
export function describeMachine(): { cpus: number; cpuModel: string; node: string; platform: string; totalMemoryBytes: number } {
  return {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${platform()} ${release()}`,
    totalMemoryBytes: totalmem(),
  };
}
