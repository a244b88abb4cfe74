-- AlterEnum
ALTER TYPE "FactDerivation" ADD VALUE 'unsaid_party';
