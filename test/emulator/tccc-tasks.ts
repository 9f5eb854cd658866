// Auto-callout tasks: callees are called one after another from NotBefore; an unanswered
// callee with tries left waits RetryInterval (scaled by the clock speed) and is called again.
// Task State: 0 initial, 1 running, 2 completed, 3 ending, 4 terminated.
// Callee State: 0 initial, 1 answered, 2 not answered, 3 calling, 4 pending retry.
import { endsAt, reachedAt } from './phases';
import type { State } from './state';
import { appOf, strings, type Action, type ActionContext } from './tccc-actions';
import { createTcccCall, isLive } from './tccc-calls';
import { checkNumber, checkUui, TcccError } from './tccc-params';

export interface TaskCallee { Callee: string; State: number; Sessions: string[]; attempts: number; retryAt: number; uui: string }

export interface Task {
  id: number;
  sdkAppId: number;
  name: string;
  description: string;
  notBefore: number;
  notAfter: number | null;
  callers: string[];
  ivrId?: number;
  aiAgentId?: number;
  tries: number;
  retryMs: number;
  maxRingTimeoutSecond: number;
  state: number;
  callees: TaskCallee[];
  current?: { index: number; callId: string };
  /** Earliest start of the next call. */
  cursor: number;
}

function nextCallee(task: Task): { index: number; at: number } | undefined {
  let best: { index: number; at: number } | undefined;
  task.callees.forEach((callee, index) => {
    const at = callee.State === 0 ? task.cursor : callee.State === 4 ? Math.max(task.cursor, callee.retryAt) : undefined;
    if (at !== undefined && (!best || at < best.at)) best = { index, at };
  });
  return best;
}

/** Play a task forward to `now`, starting each call at the time it was due. */
function syncTask(state: State, task: Task, now: number): void {
  for (;;) {
    if (task.current) {
      const call = state.tcccCalls.get(task.current.callId);
      if (call && isLive(call, now)) return;
      const callee = task.callees[task.current.index]!;
      const end = call ? endsAt(call.phases) : now;
      const answered = call !== undefined && reachedAt(call.phases, 'inProgress', now) !== undefined;
      callee.State = answered ? 1 : callee.attempts < task.tries ? 4 : 2;
      callee.retryAt = end + state.clock.scale(task.retryMs);
      task.cursor = end;
      task.current = undefined;
      if (task.state === 3) task.state = 4;
    }
    if (task.state === 4) return;
    const next = nextCallee(task);
    if (!next) return void (task.state = 2);
    if (next.at > now) return;
    const callee = task.callees[next.index]!;
    const { sdkAppId, ivrId, aiAgentId } = task;
    const caller = task.callers[0]!;
    const call = createTcccCall(state, { sdkAppId, kind: 'ivr', caller, callee: callee.Callee, uui: callee.uui, ivrId, aiAgentId, taskId: task.id }, next.at);
    callee.State = 3;
    callee.attempts += 1;
    callee.Sessions.push(call.id);
    task.current = { index: next.index, callId: call.id };
    task.state = 1;
  }
}

export function syncTasks(state: State, now: number): void {
  for (const task of state.tasks.values()) syncTask(state, task, now);
}

function range(name: string, value: number, min: number, max: number): number {
  if (value < min || value > max) throw new TcccError('InvalidParameterValue', `${name} must be ${min} to ${max}.`);
  return value;
}

function createTask(ctx: ActionContext) {
  const p = ctx.params;
  const app = appOf(ctx);
  const ivrId = p.IvrId as number | undefined;
  const aiAgentId = p.AIAgentId as number | undefined;
  if (ivrId === undefined && aiAgentId === undefined) throw new TcccError('InvalidParameter', 'IvrId or AIAgentId is required.');
  if (ivrId !== undefined && !app.ivrIds.includes(ivrId)) throw new TcccError('InvalidParameterValue', `IVR ${ivrId} does not exist.`);
  if (aiAgentId !== undefined && !app.aiAgentIds.includes(aiAgentId)) throw new TcccError('InvalidParameterValue', `AI agent ${aiAgentId} does not exist.`);
  const callees = strings(p.Callees);
  const callers = strings(p.Callers);
  if (!callees.length || !callers.length) throw new TcccError('InvalidParameterValue', 'Callees and Callers must not be empty.');
  callees.forEach((callee) => checkNumber('Callees', callee));
  const unowned = callers.find((n) => !app.numbers.includes(n));
  if (unowned) throw new TcccError('InvalidParameterValue', `Caller ${unowned} is not a number of this application.`);
  const attributes = (p.CalleeAttributes ?? []) as { Callee?: string; UUI?: string }[];
  [p.UUI, ...attributes.map((a) => a.UUI)].forEach(checkUui);
  const uuiOf = (callee: string) => attributes.find((a) => a.Callee === callee)?.UUI ?? ((p.UUI ?? '') as string);
  const id = ++ctx.state.ids.task;
  const notBefore = p.NotBefore as number;
  ctx.state.tasks.set(id, {
    id, sdkAppId: app.sdkAppId, ivrId, aiAgentId, callers, notBefore,
    name: (p.Name ?? '') as string,
    description: (p.Description ?? '') as string,
    notAfter: (p.NotAfter ?? null) as number | null,
    tries: range('Tries', (p.Tries ?? 1) as number, 1, 3),
    retryMs: range('RetryInterval', (p.RetryInterval ?? 600) as number, 600, 86_400) * 1000,
    maxRingTimeoutSecond: (p.MaxRingTimeoutSecond ?? 0) as number,
    state: 0,
    callees: callees.map((callee) => ({ Callee: callee, State: 0, Sessions: [], attempts: 0, retryAt: 0, uui: uuiOf(callee) })),
    cursor: Math.max(notBefore * 1000, ctx.now),
  });
  syncTasks(ctx.state, ctx.now);
  return { TaskId: id };
}

function taskOf(ctx: ActionContext): Task {
  const app = appOf(ctx);
  const task = ctx.state.tasks.get(ctx.params.TaskId as number);
  if (!task || task.sdkAppId !== app.sdkAppId) throw new TcccError('InvalidParameterValue.RecordNotExist', `Task ${String(ctx.params.TaskId)} does not exist.`);
  return task;
}

export function taskView(task: Task) {
  return {
    Name: task.name,
    Description: task.description,
    NotBefore: task.notBefore,
    NotAfter: task.notAfter,
    Callers: task.callers,
    Callees: task.callees.map(({ Callee, State, Sessions }) => ({ Callee, State, Sessions })),
    IvrId: task.ivrId ?? 0,
    State: task.state,
    MaxRingTimeoutSecond: task.maxRingTimeoutSecond,
  };
}

export const taskActions: Record<string, Action> = {
  CreateAutoCalloutTask: createTask,
  DescribeAutoCalloutTask: (ctx) => taskView(taskOf(ctx)),
  StopAutoCalloutTask: (ctx) => {
    const task = taskOf(ctx);
    if (task.state < 2) task.state = task.current ? 3 : 4;
    return {};
  },
};
