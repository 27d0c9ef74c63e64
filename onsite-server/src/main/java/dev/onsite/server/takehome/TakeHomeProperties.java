package dev.onsite.server.takehome;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the take-home packages live: {@code onsite.takehomes-dir}, beside {@code
 * onsite.workspaces-dir}.
 *
 * @param takehomesDir the directory of take-home packages (default {@code takehomes}); a missing
 *     one means none
 */
@ConfigurationProperties("onsite")
public record TakeHomeProperties(@DefaultValue("takehomes") Path takehomesDir) {}
