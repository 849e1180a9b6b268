export function threadCpuUs(tid: number): number;
export function threadGroupCpuUs(): { mainCpuUs: number; runtimeThreadsCpuUs: number; startedThreadsCpuUs: number };
