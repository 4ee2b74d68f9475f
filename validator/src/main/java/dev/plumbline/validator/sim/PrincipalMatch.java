package dev.plumbline.validator.sim;

import java.util.List;

/**
 * Whether an account is among an endpoint service's allowed principals: {@code *}, the bare
 * account id, or an IAM ARN of that account ({@code arn:aws:iam::123456789012:root}, a role, a user).
 */
public final class PrincipalMatch {

    private PrincipalMatch() {
    }

    public static boolean allows(List<String> principals, String account) {
        for (String principal : principals) {
            if (principal.equals("*") || principal.equals(account)) {
                return true;
            }
            String[] parts = principal.split(":", 6);
            if (parts.length >= 5 && parts[0].equals("arn") && parts[4].equals(account)) {
                return true;
            }
        }
        return false;
    }
}
