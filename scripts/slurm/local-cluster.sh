#!/usr/bin/env bash
# Brings up (or down) a one-node Slurm cluster on localhost, for trying the
# sbatch scripts and for the test: its own munged, slurmctld and slurmd,
# with every file (key, config, state, logs, sockets) under one directory,
# so nothing of the machine's own Slurm or munge set-up is touched.
#
#   eval "$(bash scripts/slurm/local-cluster.sh up DIR)"   # exports SLURM_CONF
#   sbatch ...; squeue ...
#   bash scripts/slurm/local-cluster.sh down DIR
#
# Needs Debian's slurm-wlm and munge (scripts/setup.sh installs them) and
# root (the daemons run as root here; a real cluster runs them as its admin
# set them up). Ports: $SECX_SLURM_PORT (slurmctld; default: a free one)
# and the next one (slurmd).
set -euo pipefail
cmd=${1:?usage: local-cluster.sh up|down DIR}
dir=${2:?usage: local-cluster.sh up|down DIR}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

stop_pidfile() {
  local f=$1
  [ -s "$f" ] || return 0
  local pid
  pid=$(cat "$f")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  rm -f "$f"
}

if [ "$cmd" = down ]; then
  stop_pidfile "$dir/slurmd.pid"
  stop_pidfile "$dir/slurmctld.pid"
  stop_pidfile "$dir/munged.pid"
  exit 0
fi
[ "$cmd" = up ] || { echo "local-cluster.sh: unknown command '$cmd' (up|down)" >&2; exit 2; }

for b in munged mungekey slurmctld slurmd sbatch sinfo; do
  command -v "$b" >/dev/null || [ -x "/usr/sbin/$b" ] || {
    echo "local-cluster.sh: $b not found (apt-get install slurm-wlm munge)" >&2
    exit 1
  }
done
export PATH="$PATH:/usr/sbin"

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
ctl_port=${SECX_SLURM_PORT:-$(free_port)}
node_port=$((ctl_port + 1))
host=$(hostname -s)
cpus=$(getconf _NPROCESSORS_ONLN)  # not nproc: it obeys OMP_THREAD_LIMIT
mem=$(awk '/MemTotal/ {print int($2 / 1024 / 2)}' /proc/meminfo)

mkdir -p "$dir/munge" "$dir/state" "$dir/spool" "$dir/log"
chmod 700 "$dir/munge"
[ -s "$dir/munge/munge.key" ] || mungekey --create --keyfile="$dir/munge/munge.key" --force
chmod 600 "$dir/munge/munge.key"
munged --force --key-file="$dir/munge/munge.key" \
  --socket="$dir/munge/munge.socket" --pid-file="$dir/munged.pid" \
  --log-file="$dir/log/munged.log" --seed-file="$dir/munge/munge.seed"

cat > "$dir/slurm.conf" <<CONF
ClusterName=secx-local
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctl_port
SlurmdPort=$node_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$dir/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool/%n
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SwitchType=switch/none
MpiDefault=none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
ReturnToService=2
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
PlugStackConfig=/dev/null
SlurmctldTimeout=30
SlurmdTimeout=30
InactiveLimit=0
MinJobAge=300
KillWait=10
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=local Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$dir/slurm.conf"
slurmctld -f "$SLURM_CONF" -i
slurmd -f "$SLURM_CONF" -N "$host"

# Wait for the node to be up (idle) before anyone submits.
for _ in $(seq 60); do
  state=$(sinfo -h -N -o '%T' 2>/dev/null | head -1 || true)
  case "$state" in idle*|mixed*|allocated*) break ;; esac
  sleep 0.5
done
case "$state" in
  idle*|mixed*|allocated*) ;;
  *) echo "local-cluster.sh: node not up (state '$state'); logs in $dir/log" >&2
     exit 1 ;;
esac
echo "export SLURM_CONF='$SLURM_CONF'"
