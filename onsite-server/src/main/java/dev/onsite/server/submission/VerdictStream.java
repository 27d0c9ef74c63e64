package dev.onsite.server.submission;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events of judgements in progress, to every page watching a submission.
 *
 * <p>Events: {@code status} (queued with the place in the queue, or running), {@code compiled},
 * {@code test} (one per test as it finishes) and {@code done} (the stored submission). A page that
 * subscribes late first gets what is stored, then what happens next; rows carry their position, so
 * a row seen twice replaces itself.
 *
 * <p>A held-back stream (its submission was made during an exam without test feedback) gets only
 * {@code status} events and a {@code done} event {@link SubmissionView#withoutResults() without
 * results}; it stays so even if the exam ends before the judgement, and the page asks for the
 * submission again when the exam is over.
 */
@Component
class VerdictStream {

  /** How long a page may watch one submission before it has to reconnect. */
  static final Duration TIMEOUT = Duration.ofMinutes(10);

  private final Map<Long, List<SseEmitter>> watchers = new ConcurrentHashMap<>();
  private volatile boolean closed;
  private volatile LongConsumer relay = id -> {};

  private final Set<SseEmitter> heldBack = ConcurrentHashMap.newKeySet();

  /** A new stream for {@code submissionId}, registered before the caller sends what is stored. */
  SseEmitter subscribe(long submissionId) {
    return subscribe(submissionId, false);
  }

  /**
   * A new stream for {@code submissionId}, registered before the caller sends what is stored.
   *
   * @param held whether the stream gets the judgement without results (see the class comment)
   */
  SseEmitter subscribe(long submissionId, boolean held) {
    SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
    if (closed) {
      emitter.complete();
      return emitter;
    }
    if (held) {
      heldBack.add(emitter);
    }
    List<SseEmitter> list =
        watchers.computeIfAbsent(submissionId, id -> new CopyOnWriteArrayList<>());
    list.add(emitter);
    Runnable remove = () -> forget(submissionId, emitter);
    emitter.onCompletion(remove);
    emitter.onTimeout(remove);
    emitter.onError(error -> remove.run());
    return emitter;
  }

  /** Send one event to one stream; a stream that fails is dropped. */
  void send(long submissionId, SseEmitter emitter, String event, Object data) {
    try {
      emitter.send(SseEmitter.event().name(event).data(data));
    } catch (IOException | IllegalStateException e) {
      forget(submissionId, emitter);
    }
  }

  /** Send an event to every page watching the submission. */
  void publish(long submissionId, String event, Object data) {
    List<SseEmitter> list = watchers.get(submissionId);
    if (list != null) {
      for (SseEmitter emitter : list) {
        if (!heldBack.contains(emitter)) {
          send(submissionId, emitter, event, data);
        } else if (event.equals("status")) {
          send(submissionId, emitter, event, data);
        } else if (event.equals("done") && data instanceof SubmissionView view) {
          send(submissionId, emitter, event, view.withoutResults());
        }
      }
    }
  }

  /**
   * End every stream of the submission, judged here, and tell the other processes sharing the
   * database (a page may watch it on another server than the worker that judged it).
   */
  void complete(long submissionId) {
    end(submissionId);
    relay.accept(submissionId);
  }

  /** End every stream of the submission here only: it was judged, here or elsewhere. */
  void end(long submissionId) {
    List<SseEmitter> list = watchers.remove(submissionId);
    if (list != null) {
      list.forEach(SseEmitter::complete);
    }
  }

  /** Where {@link #complete} announces a judged submission to other processes. */
  void relayCompletions(LongConsumer relay) {
    this.relay = relay;
  }

  /** Whether a page here watches the submission. */
  boolean watching(long submissionId) {
    return watchers.containsKey(submissionId);
  }

  /** The submissions someone is watching. */
  Set<Long> watched() {
    return Set.copyOf(watchers.keySet());
  }

  /** Accept streams again: the queue started (again, after a stop). */
  void open() {
    closed = false;
  }

  /** End every stream and accept no more: the server is stopping. */
  void closeAll() {
    closed = true;
    for (Long id : Set.copyOf(watchers.keySet())) {
      end(id);
    }
  }

  private void forget(long submissionId, SseEmitter emitter) {
    heldBack.remove(emitter);
    watchers.computeIfPresent(
        submissionId,
        (id, list) -> {
          list.remove(emitter);
          return list.isEmpty() ? null : list;
        });
  }
}
