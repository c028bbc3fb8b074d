package dev.fixer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShellRequestsTest {

  @Test
  void quotesEveryWordAndExportsTheEnvironment() {
    String code = ShellRequests.code(List.of("echo", "it's $HOME"), "/workspace/a b", Map.of("K", "v'1"));

    assertThat(code).isEqualTo("cd '/workspace/a b' || exit 126\nunset OLDPWD\nexport K='v'\\''1'\n"
        + "exec setsid 'echo' 'it'\\''s $HOME'");
  }

  @Test
  void passesVariablesThatAreNoShellNamesThroughEnv() {
    String code = ShellRequests.code(List.of("true"), "/workspace", Map.of("A-B", "1"));

    assertThat(code).endsWith("exec env 'A-B=1' setsid 'true'");
  }
}
