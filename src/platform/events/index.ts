import { EventEmitter } from 'node:events';

/**
 * A domain event, published after its transaction commits. `unitIds` are the units whose
 * members may see it, so live updates (SSE) can be scoped per user.
 */
export interface DomainEvent {
  type: string; // 'task.signedOff', 'unit.created', ...
  entity: string;
  entityId: number | string;
  unitIds: number[];
  /**
   * Set when only holders of this permission may see the entity, beyond its units (a draft task is
   * seen by its managers only): live streams send the event to no one else.
   */
  permission?: string;
  at: string;
  data?: Record<string, unknown>;
}

export type EventHandler = (event: DomainEvent) => void | Promise<void>;

/**
 * In-process bus. The interface is the seam for several server processes later: a
 * PostgreSQL LISTEN/NOTIFY or Redis implementation publishes to the others and delivers locally.
 */
export interface EventBus {
  publish(event: DomainEvent): void;
  subscribe(handler: EventHandler): () => void;
}

export class LocalEventBus implements EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  constructor(private readonly onError: (err: unknown, event: DomainEvent) => void = () => {}) {}

  publish(event: DomainEvent): void {
    this.emitter.emit('event', event);
  }

  subscribe(handler: EventHandler): () => void {
    const listener = (event: DomainEvent) => {
      Promise.resolve()
        .then(() => handler(event))
        .catch((err) => this.onError(err, event));
    };
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
