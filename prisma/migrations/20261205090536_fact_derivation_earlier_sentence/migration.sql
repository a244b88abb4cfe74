-- AlterEnum
ALTER TYPE "FactDerivation" ADD VALUE 'earlier_sentence';
