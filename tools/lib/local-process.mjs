// Helpers of the tools that run a local JVM server (tools/kafka, tools/identity): its log's tail, and the pid in
// its pid file when that process is alive and really is the server (guards against pid reuse).
import fs from 'node:fs';
import path from 'node:path';

/** The last `lines` lines of a log file, long lines cut; `(no <file>)` when there is none. */
export function tail(file, lines = 60, root = process.cwd()) {
  try {
    return fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .slice(-lines - 1)
      .map((l) => (l.length > 400 ? `${l.slice(0, 400)} …` : l))
      .join('\n');
  } catch {
    return `(no ${path.relative(root, file)})`;
  }
}

export function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/**
 * The pid in `pidFile` if that process is alive and its command line contains `marker`; null otherwise. A zombie
 * (exited, not yet reaped) has an empty cmdline on Linux and is refused too. Without /proc the pid file is trusted.
 */
export function livePidFromFile(pidFile, marker) {
  let pid;
  try {
    pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !pidAlive(pid)) return null;
  try {
    if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker)) return null;
  } catch {
    // no /proc (not Linux): trust the pid file
  }
  return pid;
}
