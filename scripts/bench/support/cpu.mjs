import { readFile } from 'node:fs/promises'

/** A process's CPU time so far (ms): /proc/<pid>/stat utime + stime, in clock ticks of 10 ms (CLK_TCK 100 on Linux). */
export async function cpuMsOf(pid) {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}
