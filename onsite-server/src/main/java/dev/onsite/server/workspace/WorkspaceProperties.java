package dev.onsite.server.workspace;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the workspace packages live: {@code onsite.workspaces-dir}, beside {@code
 * onsite.problems-dir} and {@code onsite.reviews-dir}.
 *
 * @param workspacesDir the directory of workspace packages (default {@code workspaces}); a missing
 *     one means none
 */
@ConfigurationProperties("onsite")
public record WorkspaceProperties(@DefaultValue("workspaces") Path workspacesDir) {}
