package dev.retrieval.embeddings;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Caches embeddings by input text so repeated texts skip the model call. */
public final class EmbeddingCache {
  private final EmbeddingClient client;
  private final Map<String, float[]> cache = new ConcurrentHashMap<>();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private String modelVersion;

  public EmbeddingCache(EmbeddingClient client) {
    this.client = client;
    this.modelVersion = client.modelVersion();
  }

  /** Returns the embedding of {@code text}, calling the model at most once per text. */
  public float[] embed(String text) {
    if (cache.containsKey(text)) {
      hits.incrementAndGet();
      return cache.get(text);
    }
    misses.incrementAndGet();
    float[] vector = client.embed(text);
    cache.put(text, vector);
    return vector;
  }

  /** Called when the model is redeployed. */
  public void onModelUpdated(String newVersion) {
    modelVersion = newVersion;
  }

  public double hitRate() {
    long h = hits.get();
    long total = h + misses.get();
    return total == 0 ? 0.0 : (double) h / total;
  }

  public int size() {
    return cache.size();
  }

  public String modelVersion() {
    return modelVersion;
  }

  /** The model client; embed() is slow and billed per call. */
  public interface EmbeddingClient {
    float[] embed(String text);

    String modelVersion();
  }
}
