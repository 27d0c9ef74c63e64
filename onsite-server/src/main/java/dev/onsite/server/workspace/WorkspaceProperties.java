package dev.onsite.server.workspace;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the workspace packages live ({@code onsite.workspaces.dir}, default {@code workspaces}).
 *
 * @param dir the directory of workspace packages; a missing one means none
 */
@ConfigurationProperties("onsite.workspaces")
public record WorkspaceProperties(@DefaultValue("workspaces") Path dir) {}
