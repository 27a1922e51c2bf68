// The trace context lives with the logger (every log line carries its trace id); messaging re-exports it for
// the outbox writer, the inbox consumer and the code that already imports it from here.
export {
  currentTraceparent,
  isTraceparent,
  newTraceparent,
  runWithTraceparent,
  traceIdOf,
} from '@facile/platform/observability';
