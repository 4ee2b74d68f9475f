package dev.plumbline.validator.model.endpoint;

import dev.plumbline.validator.model.Canonical;
import dev.plumbline.validator.model.Origin;

/**
 * The provider's view of one endpoint connected to its service
 * ({@code describe-vpc-endpoint-connections}): {@code pendingAcceptance}, {@code available},
 * {@code rejected}, ...
 */
public record EndpointConnection(String endpointId, String state, String ownerAccount, Origin origin) {

    public EndpointConnection {
        state = Canonical.text(state);
        ownerAccount = Canonical.text(ownerAccount);
        origin = Canonical.origin(origin);
    }
}
