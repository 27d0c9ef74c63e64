package dev.onsite.server.account;

import dev.onsite.server.system.OnsiteProperties;
import dev.onsite.server.system.OnsiteProperties.AccountsMode;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Whether the server runs in single-user mode (no login; everyone who reaches it is the one local
 * user) or with accounts.
 *
 * <p>Single-user mode is only possible when the server listens on a loopback address ({@code
 * 127.0.0.1}, {@code ::1}, {@code localhost}), which is the default of {@code ./onsite serve}: on
 * any other address, or with no address (every interface), accounts are required.
 *
 * @param singleUser no login; every request is the local account's
 * @param address the address the server listens on, or empty for every interface
 */
public record AccessMode(boolean singleUser, String address) {

  /** Decide the mode from {@code server.address} and {@code onsite.accounts.mode}. */
  public static AccessMode of(String serverAddress, OnsiteProperties properties) {
    String address = serverAddress == null ? "" : serverAddress.strip();
    boolean loopback = !address.isEmpty() && isLoopback(address);
    return new AccessMode(loopback && properties.accounts().mode() == AccountsMode.AUTO, address);
  }

  private static boolean isLoopback(String address) {
    try {
      for (InetAddress resolved : InetAddress.getAllByName(address)) {
        if (!resolved.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
