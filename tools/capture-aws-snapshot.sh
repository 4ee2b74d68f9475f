#!/usr/bin/env bash
# Captures one AWS region as a describe-JSON snapshot in the layout Plumbline reads
# (docs/formats/aws-snapshot.md):
#
#   OUT/aws_configs/REGION/*.json               EC2, ELBv2 and PrivateLink describe output
#   OUT/aws_configs/REGION/vpc-lattice/*.json   VPC Lattice get/list output
#
# Read-only: it calls only describe-*, list-* and get-* APIs. Needs the AWS CLI v2 and jq, and
# credentials allowed to call those APIs (for example the ReadOnlyAccess managed policy).
# Run it once per region; `plumbline` reads every region folder under OUT/aws_configs/.
#
# Usage: tools/capture-aws-snapshot.sh --region us-east-1 [--out snapshot] [--profile NAME]
#                                      [--no-lattice] [--no-elb]
set -euo pipefail

usage() {
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit "${1:-0}"
}

die() {
    echo "capture-aws-snapshot: $*" >&2
    exit 2
}

REGION="${AWS_REGION:-${AWS_DEFAULT_REGION:-}}"
OUT="snapshot"
PROFILE=""
LATTICE=1
ELB=1
while [ $# -gt 0 ]; do
    case "$1" in
        --region) REGION="${2:?--region needs a value}"; shift 2 ;;
        --out) OUT="${2:?--out needs a value}"; shift 2 ;;
        --profile) PROFILE="${2:?--profile needs a value}"; shift 2 ;;
        --no-lattice) LATTICE=0; shift ;;
        --no-elb) ELB=0; shift ;;
        -h|--help) usage 0 ;;
        *) echo "unknown option: $1" >&2; usage 2 ;;
    esac
done
[ -n "$REGION" ] || die "no region: pass --region or set AWS_REGION"
command -v aws >/dev/null || die "the AWS CLI (v2) is not on PATH"
command -v jq >/dev/null || die "jq is not on PATH"

DIR="$OUT/aws_configs/$REGION"
mkdir -p "$DIR"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# One AWS CLI call with JSON output; the CLI follows NextToken pages itself.
call() {
    if [ -n "$PROFILE" ]; then
        aws --region "$REGION" --profile "$PROFILE" --output json "$@"
    else
        aws --region "$REGION" --output json "$@"
    fi
}

# write FILE: stdin (checked to be JSON) to FILE, and say so.
write() {
    local file="$1"
    jq . > "$WORK/part"
    mv "$WORK/part" "$file"
    echo "wrote $file" >&2
}

# save FILE CLI-ARGS...: the whole output of one call.
save() {
    local file="$1"
    shift
    call "$@" | write "$DIR/$file"
}

# ids FILE JQ-PATH: the ids a saved file lists, one per line.
ids() {
    jq -r "$2" "$1"
}

## EC2 (the files Batfish reads, plus what Plumbline needs for PrivateLink)
save AvailabilityZones.json ec2 describe-availability-zones
save Vpcs.json ec2 describe-vpcs
save Subnets.json ec2 describe-subnets
save RouteTables.json ec2 describe-route-tables
save InternetGateways.json ec2 describe-internet-gateways
save NatGateways.json ec2 describe-nat-gateways
save NetworkInterfaces.json ec2 describe-network-interfaces
save Reservations.json ec2 describe-instances
save SecurityGroups.json ec2 describe-security-groups
save NetworkAcls.json ec2 describe-network-acls
save VpcEndpoints.json ec2 describe-vpc-endpoints
save VpcPeeringConnections.json ec2 describe-vpc-peering-connections
save PrefixLists.json ec2 describe-prefix-lists
save Addresses.json ec2 describe-addresses
save VpcEndpointServices.json ec2 describe-vpc-endpoint-services

# Customer-managed prefix lists; the AWS-managed ones are already in PrefixLists.json.
call ec2 describe-managed-prefix-lists \
    | jq '{PrefixLists: [.PrefixLists[] | select(.OwnerId != "AWS")]}' | write "$DIR/ManagedPrefixLists.json"
for id in $(ids "$DIR/ManagedPrefixLists.json" '.PrefixLists[].PrefixListId'); do
    call ec2 get-managed-prefix-list-entries --prefix-list-id "$id" | jq --arg id "$id" '{PrefixListId: $id, Entries: .Entries}'
done | jq -s '{PrefixListEntries: .}' | write "$DIR/PrefixListEntries.json"

# Endpoint services this account provides, who may use them, and who is connected.
save EndpointServiceConfigurations.json ec2 describe-vpc-endpoint-service-configurations
for id in $(ids "$DIR/EndpointServiceConfigurations.json" '.ServiceConfigurations[].ServiceId'); do
    call ec2 describe-vpc-endpoint-service-permissions --service-id "$id" \
        | jq --arg id "$id" '.AllowedPrincipals[] | .ServiceId = (.ServiceId // $id)'
done | jq -s '{AllowedPrincipals: .}' | write "$DIR/EndpointServicePermissions.json"
save EndpointConnections.json ec2 describe-vpc-endpoint-connections

## Elastic Load Balancing v2. The attribute and health calls do not name the resource they
## describe, so their output is kept keyed by ARN (as Batfish does for load balancers).
if [ "$ELB" = 1 ]; then
    save LoadBalancers.json elbv2 describe-load-balancers
    save TargetGroups.json elbv2 describe-target-groups
    for arn in $(ids "$DIR/LoadBalancers.json" '.LoadBalancers[].LoadBalancerArn'); do
        call elbv2 describe-load-balancer-attributes --load-balancer-arn "$arn" \
            | jq --arg arn "$arn" '{LoadBalancerArn: $arn, Attributes: .Attributes}'
    done | jq -s '{LoadBalancerAttributes: .}' | write "$DIR/LoadBalancerAttributes.json"
    for arn in $(ids "$DIR/LoadBalancers.json" '.LoadBalancers[].LoadBalancerArn'); do
        call elbv2 describe-listeners --load-balancer-arn "$arn" \
            | jq --arg arn "$arn" '{LoadBalancerArn: $arn, Listeners: .Listeners}'
    done | jq -s '{LoadBalancerListeners: .}' | write "$DIR/LoadBalancerListeners.json"
    for arn in $(ids "$DIR/TargetGroups.json" '.TargetGroups[].TargetGroupArn'); do
        call elbv2 describe-target-group-attributes --target-group-arn "$arn" \
            | jq --arg arn "$arn" '{TargetGroupArn: $arn, Attributes: .Attributes}'
    done | jq -s '{TargetGroupAttributes: .}' | write "$DIR/TargetGroupAttributes.json"
    for arn in $(ids "$DIR/TargetGroups.json" '.TargetGroups[].TargetGroupArn'); do
        call elbv2 describe-target-health --target-group-arn "$arn" \
            | jq --arg arn "$arn" '{TargetGroupArn: $arn, TargetHealthDescriptions: .TargetHealthDescriptions}'
    done | jq -s '{LoadBalancerTargetHealth: .}' | write "$DIR/LoadBalancerTargetHealth.json"
fi

## VPC Lattice: the get-* output of each resource (list-* lacks auth types, security groups and
## actions); rules, targets and auth policies keyed by the id they were asked for.
if [ "$LATTICE" = 1 ]; then
    L="$DIR/vpc-lattice"
    mkdir -p "$L"
    networks=$(call vpc-lattice list-service-networks | jq -r '.items[].id')
    services=$(call vpc-lattice list-services | jq -r '.items[].id')
    groups=$(call vpc-lattice list-target-groups | jq -r '.items[].id')

    for sn in $networks; do
        call vpc-lattice get-service-network --service-network-identifier "$sn"
    done | jq -s '{ServiceNetworks: .}' | write "$L/ServiceNetworks.json"
    for sn in $networks; do
        for a in $(call vpc-lattice list-service-network-vpc-associations --service-network-identifier "$sn" | jq -r '.items[].id'); do
            call vpc-lattice get-service-network-vpc-association --service-network-vpc-association-identifier "$a"
        done
    done | jq -s '{ServiceNetworkVpcAssociations: .}' | write "$L/ServiceNetworkVpcAssociations.json"
    for sn in $networks; do
        call vpc-lattice list-service-network-service-associations --service-network-identifier "$sn" | jq '.items[]'
    done | jq -s '{ServiceNetworkServiceAssociations: .}' | write "$L/ServiceNetworkServiceAssociations.json"

    for svc in $services; do
        call vpc-lattice get-service --service-identifier "$svc"
    done | jq -s '{Services: .}' | write "$L/Services.json"
    for svc in $services; do
        for listener in $(call vpc-lattice list-listeners --service-identifier "$svc" | jq -r '.items[].id'); do
            call vpc-lattice get-listener --service-identifier "$svc" --listener-identifier "$listener"
        done
    done | jq -s '{Listeners: .}' | write "$L/Listeners.json"
    for svc in $services; do
        for listener in $(jq -r --arg svc "$svc" '.Listeners[] | select(.serviceId == $svc) | .id' "$L/Listeners.json"); do
            for rule in $(call vpc-lattice list-rules --service-identifier "$svc" --listener-identifier "$listener" | jq -r '.items[].id'); do
                call vpc-lattice get-rule --service-identifier "$svc" --listener-identifier "$listener" --rule-identifier "$rule"
            done | jq -s --arg svc "$svc" --arg listener "$listener" '{ServiceId: $svc, ListenerId: $listener, Rules: .}'
        done
    done | jq -s '{Rules: .}' | write "$L/Rules.json"

    for tg in $groups; do
        call vpc-lattice get-target-group --target-group-identifier "$tg"
    done | jq -s '{TargetGroups: .}' | write "$L/TargetGroups.json"
    for tg in $groups; do
        call vpc-lattice list-targets --target-group-identifier "$tg" | jq --arg tg "$tg" '{TargetGroupId: $tg, Targets: .items}'
    done | jq -s '{Targets: .}' | write "$L/Targets.json"

    # A resource without an auth policy answers ResourceNotFoundException; it simply has none.
    for resource in $networks $services; do
        if policy=$(call vpc-lattice get-auth-policy --resource-identifier "$resource" 2>/dev/null); then
            jq --arg id "$resource" '{ResourceId: $id, AuthPolicy: .}' <<<"$policy"
        fi
    done | jq -s '{AuthPolicies: .}' | write "$L/AuthPolicies.json"
fi

echo "snapshot of $REGION in $OUT/ (read it with: plumbline check $OUT)" >&2
