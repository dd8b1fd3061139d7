/**
 * Tasks form a tree through their parent (a speech's items and their sub-items). Hanging a task
 * under `parentId` would make it its own ancestor when the parent is the task itself or lies below
 * it, i.e. the task is among the parent's ancestors (`parentAncestors`, as the repo walks them).
 */
export function makesParentCycle<Id>(taskId: Id, parentId: Id, parentAncestors: readonly Id[]): boolean {
  return parentId === taskId || parentAncestors.includes(taskId);
}
